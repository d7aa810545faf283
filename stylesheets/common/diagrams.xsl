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
    xmlns:f="urn:frisk:figures"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="fn exsl f">

  <!-- A change theory can be drawn when at least two of its columns have content; the memo's
       text does not describe every figure (Figur 3.1 and 3.3 are empty in the data). -->
  <xsl:template name="change-theory-drawable">
    <xsl:param name="theory"/>
    <xsl:if test="count($theory/*[item]) &gt;= 2">true</xsl:if>
  </xsl:template>

  <!-- width: the layout width in pt for the web (f:width, read by frisk's HTML pipeline); ''
       for the default; font-size in pt. -->
  <xsl:template name="change-theory-diagram">
    <xsl:param name="theory"/>
    <xsl:param name="width" select="''"/>
    <xsl:param name="font-size" select="'8'"/>
    <d:change-theory font-family="Noto Sans" font-size="{$font-size}" lang="da" hyphenate="true"
        heading-fill="#1f4e79" heading-color="#ffffff" fill="#ffffff" stroke="#1f4e79"
        column-fill="#e8eef5" arrow-color="#1f4e79" show-title="false">
      <xsl:if test="$width != ''">
        <xsl:attribute name="f:width"><xsl:value-of select="$width"/></xsl:attribute>
      </xsl:if>
      <d:title><xsl:apply-templates select="$theory/caption/node()" mode="plain"/></d:title>
      <xsl:for-each select="$theory/activities[item] | $theory/mechanisms[item] |
                            $theory/short-term[item] | $theory/long-term[item]">
        <d:column>
          <d:heading><xsl:call-template name="change-theory-heading"/></d:heading>
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

  <!-- The heading of a change theory's column (the context node). -->
  <xsl:template name="change-theory-heading">
    <xsl:choose>
      <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
      <xsl:when test="self::activities">Aktiviteter</xsl:when>
      <xsl:when test="self::mechanisms">Mekanismer</xsl:when>
      <xsl:when test="self::short-term">Kortsigtede resultater</xsl:when>
      <xsl:otherwise>Langsigtede resultater</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The trials of every network by status as of a date, counted as the memo counts them (a
       row of its tables, an element, is a trial; facts.xsl), plus the applications that did
       not become trials: a stacked horizontal bar per network (the themes are long). The bars
       add up to the fact trials-applied of each network. -->
  <xsl:template name="status-chart-diagram">
    <xsl:param name="networks"/>
    <xsl:param name="as-of"/>
    <xsl:param name="title"/>
    <xsl:variable name="data">
      <xsl:call-template name="status-chart-data">
        <xsl:with-param name="networks" select="$networks"/>
        <xsl:with-param name="as-of" select="$as-of"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="bar-chart-from-data">
      <xsl:with-param name="data" select="exsl:node-set($data)"/>
      <xsl:with-param name="title"><xsl:apply-templates select="$title/node()" mode="plain"/></xsl:with-param>
      <xsl:with-param name="axis-label" select="'Antal forsøg og ansøgninger'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The status series of the figures, shared by the memo and the web site. Colours are the
       web site's status colours (white value labels on each pass WCAG's 4.5:1, each bar 3:1
       against white), and each series has its own hatching too, so that colour never carries
       the meaning alone. -->
  <xsl:template name="status-series">
    <xsl:param name="other-label" select="'Ikke imødekommet som forsøg'"/>
    <series id="godkendt" fill="#358000" pattern="none">Godkendt</series>
    <series id="forventes" fill="#0059b3" pattern="diagonal">Forventes vedtaget</series>
    <series id="ikke" fill="#b51d09" pattern="cross"><xsl:value-of select="$other-label"/></series>
  </xsl:template>

  <!-- The numbers of the status chart as neutral data (<series>, then <category id label>
       with <value series>), which the chart, the web site's table and its open data are all
       made from. label: the category label when there is one network (default its title). -->
  <xsl:template name="status-chart-data">
    <xsl:param name="networks"/>
    <xsl:param name="as-of"/>
    <xsl:param name="label" select="''"/>
    <xsl:call-template name="status-series"/>
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
      <category id="{@id}">
        <xsl:attribute name="label">
          <xsl:choose>
            <xsl:when test="$label != ''"><xsl:value-of select="$label"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(title)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <value series="godkendt"><xsl:value-of select="string-length($approved)"/></value>
        <value series="forventes"><xsl:value-of select="string-length($expected)"/></value>
        <value series="ikke"><xsl:value-of select="string-length($not-granted)"/></value>
      </category>
    </xsl:for-each>
  </xsl:template>

  <!-- A d:bar-chart from neutral data (see status-chart-data). width: the layout width in pt
       for the web (f:width, read by frisk's HTML pipeline; '' for the default); font-size in
       pt; mode stacked or grouped. -->
  <xsl:template name="bar-chart-from-data">
    <xsl:param name="data"/>
    <xsl:param name="title"/>
    <xsl:param name="axis-label"/>
    <xsl:param name="mode" select="'stacked'"/>
    <xsl:param name="width" select="''"/>
    <xsl:param name="font-size" select="'8'"/>
    <d:bar-chart mode="{$mode}" orientation="horizontal" font-family="Noto Sans" font-size="{$font-size}"
        lang="da" show-title="false">
      <xsl:if test="$width != ''">
        <xsl:attribute name="f:width"><xsl:value-of select="$width"/></xsl:attribute>
      </xsl:if>
      <d:title><xsl:value-of select="$title"/></d:title>
      <d:axis-label><xsl:value-of select="$axis-label"/></d:axis-label>
      <xsl:for-each select="$data/series">
        <d:series id="{@id}" fill="{@fill}" pattern="{@pattern}"><xsl:value-of select="."/></d:series>
      </xsl:for-each>
      <xsl:for-each select="$data/category">
        <d:category>
          <d:label><xsl:value-of select="@label"/></d:label>
          <xsl:for-each select="value[@series = $data/series/@id]">
            <d:value series="{@series}"><xsl:value-of select="."/></d:value>
          </xsl:for-each>
        </d:category>
      </xsl:for-each>
    </d:bar-chart>
  </xsl:template>

</xsl:stylesheet>
