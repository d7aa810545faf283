<?xml version="1.0" encoding="UTF-8"?>
<!-- The changes between two dates as HTML, shared by the memo's "Ændringer siden sidste
     statusnotat" and the site's "Seneste ændringer": one heading and one table per network
     (Forsøg eller ansøgning · Ændring · Status før · Status nu, each status with its date), from
     the neutral tree of ../common/changes.xsl. Requires changes.xsl and danish.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- changes: the <changes> element; level: the heading level of a network (2 or 3);
       id-prefix: keeps the anchors unique on the page. -->
  <xsl:template name="changes-html">
    <xsl:param name="changes"/>
    <xsl:param name="level" select="3"/>
    <xsl:param name="id-prefix" select="'aendringer-'"/>
    <xsl:variable name="previous-text">
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$changes/@previous"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$changes/network">
        <p class="change-counts">
          <xsl:text>Fra </xsl:text><xsl:value-of select="$previous-text"/><xsl:text> til </xsl:text>
          <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$changes/@as-of"/></xsl:call-template>
          <xsl:text>. </xsl:text>
          <xsl:call-template name="change-summary"><xsl:with-param name="counts" select="$changes"/></xsl:call-template>
        </p>
        <xsl:for-each select="$changes/network">
          <xsl:element name="h{$level}">
            <xsl:attribute name="id"><xsl:value-of select="concat($id-prefix, @id)"/></xsl:attribute>
            <xsl:value-of select="@title"/>
          </xsl:element>
          <p class="change-counts"><xsl:call-template name="change-summary"/></p>
          <div class="table-wrap" tabindex="0" role="region" aria-labelledby="{concat($id-prefix, @id)}">
            <table class="changes">
              <caption>Ændringer fra <xsl:value-of select="$previous-text"/> i netværket ”<xsl:value-of select="@title"/>”</caption>
              <thead>
                <tr>
                  <th scope="col">Forsøg eller ansøgning</th>
                  <th scope="col">Ændring</th>
                  <th scope="col">Status før</th>
                  <th scope="col">Status nu</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="change">
                  <tr class="change-{@kind}">
                    <th scope="row"><xsl:value-of select="title"/></th>
                    <td><xsl:call-template name="change-kind-label"/></td>
                    <td>
                      <xsl:call-template name="change-status-text">
                        <xsl:with-param name="status" select="before"/>
                        <xsl:with-param name="previous" select="$changes/@previous"/>
                      </xsl:call-template>
                    </td>
                    <td><xsl:call-template name="change-status-text"><xsl:with-param name="status" select="after"/></xsl:call-template></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p>Ingen forsøg eller ansøgninger har skiftet status fra <xsl:value-of select="$previous-text"/> til
          <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$changes/@as-of"/></xsl:call-template>.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
