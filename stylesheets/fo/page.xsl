<?xml version="1.0" encoding="UTF-8"?>
<!-- The page design shared by every PDF frisk makes: A4 page masters (title page without
     header, then pages with a running header from the current chapter and "Side X af Y"),
     and the typographic scale as attribute sets. Memo and application stylesheets include this
     and fill the flows. Everything here stays within frisk's XSL-FO subset (docs/typesetter.md). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:variable name="body-font">Noto Serif</xsl:variable>
  <xsl:variable name="heading-font">Noto Sans</xsl:variable>
  <xsl:variable name="accent">#1f4e79</xsl:variable>
  <xsl:variable name="rule-colour">#8a9bb0</xsl:variable>
  <xsl:variable name="shade">#e8eef5</xsl:variable>

  <xsl:template name="page-masters">
    <fo:layout-master-set>
      <fo:simple-page-master master-name="title" page-width="210mm" page-height="297mm"
          margin-top="25mm" margin-bottom="20mm" margin-left="25mm" margin-right="25mm">
        <fo:region-body/>
      </fo:simple-page-master>
      <fo:simple-page-master master-name="body" page-width="210mm" page-height="297mm"
          margin-top="12mm" margin-bottom="12mm" margin-left="25mm" margin-right="25mm">
        <fo:region-body margin-top="16mm" margin-bottom="16mm"/>
        <fo:region-before extent="10mm"/>
        <fo:region-after extent="10mm"/>
      </fo:simple-page-master>
      <fo:page-sequence-master master-name="document">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="body"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <!-- Running header (a mark such as KLADDE and the document title left, current section right) and "Side X af Y" footer. -->
  <xsl:template name="running-header-footer">
    <xsl:param name="document-title"/>
    <!-- A word in red before the title on every page, e.g. "KLADDE" on a draft; none if empty. -->
    <xsl:param name="mark" select="''"/>
    <fo:static-content flow-name="xsl-region-before">
      <fo:block font-family="{$heading-font}" font-size="8pt" color="#555555"
          border-bottom="0.5pt solid {$rule-colour}" padding-bottom="2pt" text-align-last="justify">
        <xsl:if test="$mark != ''">
          <fo:inline color="#b00020" font-weight="bold"><xsl:value-of select="$mark"/></fo:inline>
          <xsl:text> · </xsl:text>
        </xsl:if>
        <xsl:value-of select="$document-title"/>
        <fo:leader leader-pattern="space"/>
        <!-- the section the page begins in: one continuing from the page before, unless a new
             one starts at the top (issue 18: the running head names the section current on
             the page) -->
        <fo:retrieve-marker retrieve-class-name="section" retrieve-position="first-including-carryover"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="xsl-region-after">
      <fo:block font-family="{$heading-font}" font-size="8pt" color="#555555" text-align="end">
        <xsl:text>Side </xsl:text><fo:page-number/>
        <xsl:text> af </xsl:text><fo:page-number-citation-last ref-id="document-end"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:attribute-set name="body-text">
    <xsl:attribute name="font-family"><xsl:value-of select="$body-font"/></xsl:attribute>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="line-height">14pt</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="language">da</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="heading-1">
    <xsl:attribute name="role">H1</xsl:attribute> <!-- its structure type in tagged PDF -->
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">18pt</xsl:attribute>
    <xsl:attribute name="line-height">22pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$accent"/></xsl:attribute>
    <xsl:attribute name="space-after">12pt</xsl:attribute>
    <xsl:attribute name="keep-with-next">always</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="heading-2">
    <xsl:attribute name="role">H2</xsl:attribute> <!-- its structure type in tagged PDF -->
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="line-height">17pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$accent"/></xsl:attribute>
    <xsl:attribute name="space-before">14pt</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="keep-with-next">always</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="heading-3">
    <xsl:attribute name="role">H3</xsl:attribute> <!-- its structure type in tagged PDF -->
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="line-height">15pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">10pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
    <xsl:attribute name="keep-with-next">always</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="caption">
    <xsl:attribute name="role">Caption</xsl:attribute> <!-- its structure type in tagged PDF -->
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
    <xsl:attribute name="keep-with-next">always</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-cell">
    <xsl:attribute name="padding">3pt</xsl:attribute>
    <xsl:attribute name="border-bottom">0.5pt solid <xsl:value-of select="$rule-colour"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- A draft memo's mark on a stale status: red, boxed, impossible to read as news. -->
  <xsl:attribute-set name="stale-note">
    <xsl:attribute name="color">#b00020</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="border">1pt solid #b00020</xsl:attribute>
    <xsl:attribute name="padding">2pt</xsl:attribute>
    <xsl:attribute name="space-before">3pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-head-cell">
    <xsl:attribute name="padding">3pt</xsl:attribute>
    <xsl:attribute name="background-color"><xsl:value-of select="$accent"/></xsl:attribute>
    <xsl:attribute name="color">#ffffff</xsl:attribute>
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table-text">
    <xsl:attribute name="font-size">8.5pt</xsl:attribute>
    <xsl:attribute name="line-height">11pt</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
  </xsl:attribute-set>

</xsl:stylesheet>
