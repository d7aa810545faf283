<?xml version="1.0" encoding="UTF-8"?>
<!-- The site's "Seneste ændringer" (web/aendringer.html): the date of the data
     (programme/data-date/@value) and every change since the previous edition's date (@since),
     per network — the same list as the memo's "Ændringer siden sidste statusnotat", from
     ../../common/changes.xsl through ../changes.xsl. Included by programme.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="exsl">

  <!-- "februar 2018", or '' when the data carries no date. -->
  <xsl:template name="data-date-text">
    <xsl:if test="/programme/data-date/@value">
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="/programme/data-date/@value"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="changes-page">
    <xsl:variable name="data-date" select="/programme/data-date"/>
    <xsl:variable name="date-text"><xsl:call-template name="data-date-text"/></xsl:variable>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'aendringer.html'"/>
      <xsl:with-param name="title" select="'Seneste ændringer'"/>
      <xsl:with-param name="nav" select="'aendringer'"/>
      <xsl:with-param name="body">
        <h1>Seneste ændringer</h1>
        <xsl:choose>
          <xsl:when test="$data-date/@since">
            <p class="lead">Data pr. <xsl:value-of select="$date-text"/>. Her er alle forsøg og ansøgninger,
              hvis status er ændret siden statusnotatet fra
              <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$data-date/@since"/></xsl:call-template>,
              med status før og nu og datoen for hver status.</p>
            <xsl:variable name="changes">
              <xsl:call-template name="changes-data">
                <xsl:with-param name="networks" select="/programme/networks/network"/>
                <xsl:with-param name="previous" select="string($data-date/@since)"/>
                <xsl:with-param name="as-of" select="string($data-date/@value)"/>
              </xsl:call-template>
            </xsl:variable>
            <xsl:call-template name="changes-html">
              <xsl:with-param name="changes" select="exsl:node-set($changes)/changes"/>
              <xsl:with-param name="level" select="2"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$data-date">
            <p class="lead">Data pr. <xsl:value-of select="$date-text"/>. Der er endnu ikke registreret
              ændringer i forhold til et tidligere statusnotat; de vises her, når data opdateres til
              næste statusnotat.</p>
          </xsl:when>
          <xsl:otherwise>
            <p class="lead">Data har ingen dato, så der kan ikke vises ændringer.</p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
