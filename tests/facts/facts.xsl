<?xml version="1.0" encoding="UTF-8"?>
<!-- Test driver: prints the fact named by the parameters, one per run, as the documents
     would (tests/facts/test.sh). Parameters: name, network, round, as-of (default: the
     document's date), format; mode=label prints the status label of the element or
     rejection with id=ID instead. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:frisk="urn:frisk:functions"
    exclude-result-prefixes="frisk">
  <xsl:include href="../../stylesheets/common/danish.xsl"/>
  <xsl:include href="../../stylesheets/common/status.xsl"/>
  <xsl:include href="../../stylesheets/common/facts.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="name" select="''"/>
  <xsl:param name="network" select="''"/>
  <xsl:param name="round" select="''"/>
  <xsl:param name="as-of" select="frisk:document-date()"/>
  <xsl:param name="format" select="'digits'"/>
  <xsl:param name="mode" select="'fact'"/>
  <xsl:param name="id" select="''"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$mode = 'label'">
        <xsl:call-template name="status-label">
          <xsl:with-param name="item" select="//*[@id = $id]"/>
          <xsl:with-param name="as-of" select="$as-of"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$mode = 'outcome'">
        <xsl:value-of select="frisk:outcome(//*[@id = $id], $as-of)"/>
      </xsl:when>
      <xsl:when test="$mode = 'table'">
        <!-- every fact, for all networks ("-") and for each network: "NAME NETWORK VALUE" -->
        <xsl:variable name="doc" select="/"/>
        <xsl:for-each select="(/programme | /memo/programme | /application/programme)[1]/networks">
          <xsl:call-template name="fact-lines"><xsl:with-param name="network" select="''"/></xsl:call-template>
          <xsl:for-each select="network">
            <xsl:call-template name="fact-lines"><xsl:with-param name="network" select="@id"/></xsl:call-template>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$mode = 'narrative'">
        <!-- every <fact/> of the document in order, one per line, as rich text prints it -->
        <xsl:for-each select="//fact">
          <xsl:apply-templates select="."/>
          <xsl:text>&#10;</xsl:text>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="fact">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="network" select="$network"/>
          <xsl:with-param name="round" select="$round"/>
          <xsl:with-param name="as-of" select="$as-of"/>
          <xsl:with-param name="format" select="$format"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:variable name="fact-names" select="'networks municipalities trials-applied trials-granted trials-approved trials-expected trials-rejected external-evaluations elements-applied elements-clarification elements-approved elements-partially-approved elements-expected elements-rejected elements-no-exemption-needed elements-general-law-change elements-withdrawn '"/>

  <xsl:template name="fact-lines">
    <xsl:param name="network"/>
    <xsl:param name="names" select="concat($fact-names, substring('networks-active ', 1, 16 * ($network = '')), substring('trials-in-network members-in-network members-left ', 1, 51 * ($network != '')))"/>
    <xsl:if test="$names != ''">
      <xsl:variable name="name" select="substring-before($names, ' ')"/>
      <xsl:value-of select="concat($name, ' ', substring('-', 1, number($network = '')), $network, ' ')"/>
      <xsl:call-template name="fact">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="network" select="$network"/>
        <xsl:with-param name="as-of" select="$as-of"/>
      </xsl:call-template>
      <xsl:text>&#10;</xsl:text>
      <xsl:call-template name="fact-lines">
        <xsl:with-param name="network" select="$network"/>
        <xsl:with-param name="names" select="substring-after($names, ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
