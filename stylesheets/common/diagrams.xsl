<?xml version="1.0" encoding="UTF-8"?>
<!-- Data → frisk's diagram vocabulary (urn:frisk:diagram, docs/diagrams.md). The same
     diagram element goes into the PDF (inside fo:instream-foreign-object) and into the HTML
     (frisk replaces it with inline SVG), so a figure looks the same in both. The figures'
     colours are set here: visual design lives in the stylesheets, not in C.
     Requires status.xsl (the fn: functions) in the including stylesheet. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:d="urn:frisk:diagram"
    xmlns:fn="urn:frisk:functions"
    exclude-result-prefixes="fn">

  <!-- A change theory can be drawn when at least two of its columns have content; the memo's
       text does not describe every figure (Figur 3.1 and 3.3 are empty in the data). -->
  <xsl:template name="change-theory-drawable">
    <xsl:param name="theory"/>
    <xsl:if test="count($theory/*[item]) &gt;= 2">true</xsl:if>
  </xsl:template>

  <xsl:template name="change-theory-diagram">
    <xsl:param name="theory"/>
    <d:change-theory font-family="Noto Sans" font-size="8" lang="da" hyphenate="true"
        heading-fill="#1f4e79" heading-color="#ffffff" fill="#ffffff" stroke="#1f4e79"
        column-fill="#e8eef5" arrow-color="#1f4e79" show-title="false">
      <d:title><xsl:apply-templates select="$theory/caption/node()" mode="plain"/></d:title>
      <xsl:for-each select="$theory/activities[item] | $theory/mechanisms[item] |
                            $theory/short-term[item] | $theory/long-term[item]">
        <d:column>
          <d:heading>
            <xsl:choose>
              <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
              <xsl:when test="self::activities">Aktiviteter</xsl:when>
              <xsl:when test="self::mechanisms">Mekanismer</xsl:when>
              <xsl:when test="self::short-term">Kortsigtede resultater</xsl:when>
              <xsl:otherwise>Langsigtede resultater</xsl:otherwise>
            </xsl:choose>
          </d:heading>
          <xsl:for-each select="item">
            <d:box><xsl:value-of select="normalize-space(.)"/></d:box>
          </xsl:for-each>
        </d:column>
      </xsl:for-each>
      <xsl:if test="$theory/figure-source">
        <d:note><xsl:value-of select="normalize-space($theory/figure-source)"/></d:note>
      </xsl:if>
    </d:change-theory>
  </xsl:template>

  <!-- The trials of every network by status as of a date, counted as the memo counts them (a
       row of its tables, an element, is a trial; facts.xsl), plus the applications that did
       not become trials: a stacked horizontal bar per network (the themes are long). The bars
       add up to the fact trials-applied of each network. -->
  <xsl:template name="status-chart-diagram">
    <xsl:param name="networks"/>
    <xsl:param name="as-of"/>
    <xsl:param name="title"/>
    <d:bar-chart mode="stacked" orientation="horizontal" font-family="Noto Sans" font-size="8"
        lang="da" show-title="false">
      <d:title><xsl:apply-templates select="$title/node()" mode="plain"/></d:title>
      <d:axis-label>Antal forsøg og ansøgninger</d:axis-label>
      <d:series id="godkendt" fill="#1f4e79">Godkendt</d:series>
      <d:series id="forventes" fill="#5b9bd5">Forventes vedtaget</d:series>
      <d:series id="ikke" fill="#c55a11">Ikke imødekommet som forsøg</d:series>
      <xsl:for-each select="$networks">
        <xsl:variable name="approved">
          <xsl:for-each select="trials/trial/element[fn:outcome(., $as-of) = 'approved' or fn:outcome(., $as-of) = 'partially-approved']">x</xsl:for-each>
        </xsl:variable>
        <xsl:variable name="expected">
          <xsl:for-each select="trials/trial/element[fn:outcome(., $as-of) = 'expected']">x</xsl:for-each>
        </xsl:variable>
        <xsl:variable name="not-granted">
          <xsl:for-each select="rejections/rejection[not(@part-of)][fn:outcome(., $as-of) != '' and
                                 not(fn:is-granted(fn:outcome(., $as-of)))]">x</xsl:for-each>
        </xsl:variable>
        <d:category>
          <d:label><xsl:value-of select="title"/></d:label>
          <d:value series="godkendt"><xsl:value-of select="string-length($approved)"/></d:value>
          <d:value series="forventes"><xsl:value-of select="string-length($expected)"/></d:value>
          <d:value series="ikke"><xsl:value-of select="string-length($not-granted)"/></d:value>
        </d:category>
      </xsl:for-each>
    </d:bar-chart>
  </xsl:template>

</xsl:stylesheet>
