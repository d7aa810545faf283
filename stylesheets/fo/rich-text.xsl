<?xml version="1.0" encoding="UTF-8"?>
<!-- Rich text to XSL-FO, shared by the memo and the applications: blocks (mode "block") and
     inline content (mode "inline"). Footnotes are set at the foot of the page that cites them. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:template match="p" mode="block">
    <fo:block xsl:use-attribute-sets="paragraph"><xsl:apply-templates mode="inline"/></fo:block>
  </xsl:template>

  <xsl:template match="list" mode="block">
    <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em"
        space-after="6pt">
      <xsl:apply-templates select="item" mode="block"/>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="item" mode="block">
    <fo:list-item space-after="2pt">
      <fo:list-item-label end-indent="label-end()">
        <fo:block text-align="end">
          <xsl:choose>
            <xsl:when test="../@type = 'numbered'"><xsl:number count="item" format="1."/></xsl:when>
            <xsl:when test="../@type = 'alpha'"><xsl:number count="item" format="a)"/></xsl:when>
            <xsl:when test="../@type = 'upper-alpha'"><xsl:number count="item" format="A."/></xsl:when>
            <xsl:otherwise>•</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:list-item-label>
      <fo:list-item-body start-indent="body-start()">
        <xsl:choose>
          <xsl:when test="p | list"><xsl:apply-templates mode="block"/></xsl:when>
          <xsl:otherwise><fo:block><xsl:apply-templates mode="inline"/></fo:block></xsl:otherwise>
        </xsl:choose>
      </fo:list-item-body>
    </fo:list-item>
  </xsl:template>

  <xsl:template match="pull-quote" mode="block">
    <fo:block margin-left="10mm" margin-right="10mm" space-before="10pt" space-after="10pt"
        padding-left="4mm" border-left="2pt solid {$accent}" font-style="italic" font-size="12pt"
        line-height="17pt" color="{$accent}" text-align="start">
      <xsl:value-of select="'”'"/><xsl:apply-templates mode="inline"/><xsl:value-of select="'”'"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="text()" mode="block">
    <xsl:if test="normalize-space(.) != ''">
      <fo:block xsl:use-attribute-sets="paragraph"><xsl:value-of select="."/></fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="block">
    <xsl:message terminate="yes">fo/rich-text.xsl: no PDF rendering for block element &lt;<xsl:value-of select="name()"/>&gt;</xsl:message>
  </xsl:template>

  <xsl:template match="text()" mode="inline"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="em" mode="inline"><fo:inline font-style="italic"><xsl:apply-templates mode="inline"/></fo:inline></xsl:template>
  <xsl:template match="strong" mode="inline"><fo:inline font-weight="bold"><xsl:apply-templates mode="inline"/></fo:inline></xsl:template>
  <xsl:template match="q" mode="inline">”<xsl:apply-templates mode="inline"/>”</xsl:template>

  <xsl:template match="link" mode="inline">
    <xsl:variable name="href" select="normalize-space(@href)"/>
    <fo:basic-link external-destination="{$href}" color="#0b5394">
      <xsl:apply-templates mode="inline"/>
      <xsl:if test="not(node())"><xsl:value-of select="$href"/></xsl:if>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="network-ref | trial-ref | municipality-ref | law-ref" mode="inline">
    <xsl:choose>
      <xsl:when test="node()"><xsl:apply-templates mode="inline"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="reference-text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="fact" mode="inline"><xsl:apply-templates select="."/></xsl:template>

  <xsl:template match="footnote" mode="inline">
    <xsl:variable name="n"><xsl:call-template name="footnote-number"/></xsl:variable>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="70%"><xsl:value-of select="$n"/></fo:inline>
      <fo:footnote-body>
        <fo:list-block provisional-distance-between-starts="5mm" provisional-label-separation="1mm"
            font-size="8pt" line-height="10pt" text-align="start" hyphenate="true" language="da"
            font-style="normal" font-weight="normal" color="#1a1a1a" space-before="2pt">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block><xsl:value-of select="$n"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="inline"/></fo:block></fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <xsl:template match="*" mode="inline">
    <xsl:message terminate="yes">fo/rich-text.xsl: no PDF rendering for inline element &lt;<xsl:value-of select="name()"/>&gt;</xsl:message>
  </xsl:template>

</xsl:stylesheet>
