<?xml version="1.0" encoding="UTF-8"?>
<!-- Rich text to XSL-FO, shared by the memo and the applications: blocks (mode "block") and
     inline content (mode "inline"). Footnotes are set at the foot of the page that cites them.
     The layout rules are properties set here: a paragraph ending in ":" keeps with the list,
     table or figure it introduces; a table's header repeats on every page it continues on; a
     figure (image, caption and source lines) is never split. Numbers and the text of internal
     references come from the document's structure stylesheet (common/content.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions">

  <xsl:template match="p" mode="block">
    <xsl:variable name="leads-in"><xsl:call-template name="leads-in"/></xsl:variable>
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:if test="$leads-in = 'true'"><xsl:attribute name="keep-with-next">always</xsl:attribute></xsl:if>
      <xsl:apply-templates mode="inline"/>
    </fo:block>
  </xsl:template>

  <!-- A block quote: indented, with a rule at its side, the attribution under it. -->
  <xsl:template match="quote" mode="block">
    <fo:block margin-left="10mm" margin-right="6mm" space-before="6pt" space-after="10pt"
        padding-left="4mm" border-left="1pt solid {$rule-colour}" role="BlockQuote">
      <xsl:apply-templates select="p" mode="block"/>
      <xsl:for-each select="attribution">
        <fo:block text-align="end" font-style="italic" keep-with-previous="always">― <xsl:apply-templates mode="inline"/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- An author's table: caption ("Tabel 3.1  …"), kept with the table's first rows; columns
       sized by their relative widths; header rows repeated on each page the table continues on;
       footer rows (a total) at its end, set apart by a rule. -->
  <xsl:template match="table" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="table-number"/></xsl:variable>
    <fo:block id="{$anchor}" xsl:use-attribute-sets="caption">
      <xsl:if test="$number != ''"><xsl:value-of select="concat('Tabel ', $number, '  ')"/></xsl:if>
      <xsl:apply-templates select="caption/node()" mode="inline"/>
    </fo:block>
    <xsl:variable name="columns" select="column"/>
    <xsl:variable name="width-count">
      <xsl:for-each select="(header/row | row)[1]/cell">
        <xsl:value-of select="substring('xxxxxxxxxxxxxxxxxxxx', 1, sum(@cols) + number(not(@cols)))"/>
      </xsl:for-each>
    </xsl:variable>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" space-after="10pt"
        table-omit-footer-at-break="true" xsl:use-attribute-sets="table-text">
      <xsl:call-template name="table-columns">
        <xsl:with-param name="n" select="string-length($width-count)"/>
        <xsl:with-param name="columns" select="$columns"/>
      </xsl:call-template>
      <fo:table-header>
        <!-- without header rows, the header holds only the artifact row of a continued caption -->
        <xsl:if test="not(header)"><xsl:attribute name="role">artifact</xsl:attribute></xsl:if>
        <xsl:call-template name="continued-caption-row">
          <xsl:with-param name="columns" select="string-length($width-count)"/>
        </xsl:call-template>
        <xsl:apply-templates select="header/row" mode="table-row"><xsl:with-param name="head" select="true()"/></xsl:apply-templates>
      </fo:table-header>
      <!-- the footer (a total) stands once, under the last row: not repeated at page breaks -->
      <xsl:if test="footer">
        <fo:table-footer>
          <xsl:apply-templates select="footer/row" mode="table-row"/>
        </fo:table-footer>
      </xsl:if>
      <fo:table-body>
        <xsl:apply-templates select="row" mode="table-row">
          <xsl:with-param name="caption" select="normalize-space(concat(substring(concat('Tabel ', $number, '  '), 1, 1000 * number($number != '')), caption))"/>
        </xsl:apply-templates>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="table-columns">
    <xsl:param name="n"/>
    <xsl:param name="columns"/>
    <xsl:param name="i" select="1"/>
    <xsl:if test="$i &lt;= $n or $i &lt;= count($columns)">
      <xsl:variable name="width" select="$columns[$i]/@width"/>
      <fo:table-column column-width="proportional-column-width({concat($width, substring('1', 1, number(not($width))))})"/>
      <xsl:call-template name="table-columns">
        <xsl:with-param name="n" select="$n"/>
        <xsl:with-param name="columns" select="$columns"/>
        <xsl:with-param name="i" select="$i + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="row" mode="table-row">
    <xsl:param name="head" select="false()"/>
    <xsl:param name="caption" select="''"/> <!-- a body row's: for "(fortsat)" on later pages -->
    <xsl:variable name="first-row" select="position() = 1"/>
    <fo:table-row>
      <!-- A footer row stays with the row above it: a total never stands alone on a page. -->
      <xsl:if test="parent::footer">
        <xsl:attribute name="keep-with-previous">always</xsl:attribute>
        <xsl:attribute name="font-weight">bold</xsl:attribute>
      </xsl:if>
      <xsl:for-each select="cell">
        <xsl:variable name="align"><xsl:call-template name="cell-align"/></xsl:variable>
        <fo:table-cell>
          <xsl:attribute name="text-align">
            <xsl:choose>
              <xsl:when test="$align = 'right'">end</xsl:when>
              <xsl:when test="$align = 'center'">center</xsl:when>
              <xsl:otherwise>start</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:choose>
            <xsl:when test="$head">
              <xsl:attribute name="padding">3pt</xsl:attribute>
              <xsl:attribute name="background-color"><xsl:value-of select="$accent"/></xsl:attribute>
              <xsl:attribute name="color">#ffffff</xsl:attribute>
              <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
              <xsl:attribute name="font-weight">bold</xsl:attribute>
            </xsl:when>
            <xsl:otherwise>
              <xsl:attribute name="padding">3pt</xsl:attribute>
              <xsl:attribute name="border-bottom">0.5pt solid <xsl:value-of select="$rule-colour"/></xsl:attribute>
              <xsl:if test="../parent::footer and not(../preceding-sibling::row)">
                <xsl:attribute name="border-top">1pt solid <xsl:value-of select="$accent"/></xsl:attribute>
              </xsl:if>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="@cols"><xsl:attribute name="number-columns-spanned"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
          <xsl:if test="@rows"><xsl:attribute name="number-rows-spanned"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
          <!-- markers come first in a cell, after its attributes -->
          <xsl:if test="position() = 1 and $caption != ''">
            <xsl:call-template name="continued-marker">
              <xsl:with-param name="first" select="$first-row"/>
              <xsl:with-param name="caption" select="$caption"/>
            </xsl:call-template>
          </xsl:if>
          <xsl:choose>
            <xsl:when test="p | list"><xsl:apply-templates select="*" mode="block"/></xsl:when>
            <xsl:otherwise><fo:block><xsl:apply-templates mode="inline"/></fo:block></xsl:otherwise>
          </xsl:choose>
        </fo:table-cell>
      </xsl:for-each>
    </fo:table-row>
  </xsl:template>

  <!-- A figure with an image: "Figur 3.1  caption", the image scaled to fit the column (or to
       its width), "Kilde: …" and "Note: …" under it; all of it on one page. The alternative
       text goes with the image as fox:alt-text (the attribute Apache FOP reads for a figure's /Alt;
       frisk's typesetter carries it to the PDF's structure where it tags figures). -->
  <xsl:template match="image" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="figure-number"/></xsl:variable>
    <fo:block id="{$anchor}" keep-together.within-page="always" space-before="10pt" space-after="10pt">
      <fo:block xsl:use-attribute-sets="caption" space-before="0pt">
        <xsl:if test="$number != ''"><xsl:value-of select="concat('Figur ', $number, '  ')"/></xsl:if>
        <xsl:apply-templates select="caption/node()" mode="inline"/>
      </fo:block>
      <fo:block text-align="center">
        <xsl:variable name="src"><xsl:call-template name="image-src"/></xsl:variable>
        <fo:external-graphic src="{$src}" content-width="scale-to-fit" content-height="scale-to-fit"
            width="{concat(@width, substring('100%', 1, 4 * number(not(@width))))}" scaling="uniform"
            fox:alt-text="{@alt}"/>
      </fo:block>
      <xsl:for-each select="figure-source">
        <fo:block font-size="8pt" line-height="10pt" text-align="start" space-before="2pt">Kilde: <xsl:apply-templates mode="inline"/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="figure-note">
        <fo:block font-size="8pt" line-height="10pt" text-align="start">Note: <xsl:apply-templates mode="inline"/></fo:block>
      </xsl:for-each>
    </fo:block>
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
  <!-- xml:lang on a phrase (a word in English) goes on its fo:inline: a Span with /Lang in
       the tagged PDF, so a screen reader switches language for it -->
  <xsl:template match="em" mode="inline"><fo:inline font-style="italic"><xsl:copy-of select="@xml:lang"/><xsl:apply-templates mode="inline"/></fo:inline></xsl:template>
  <xsl:template match="strong" mode="inline"><fo:inline font-weight="bold"><xsl:copy-of select="@xml:lang"/><xsl:apply-templates mode="inline"/></fo:inline></xsl:template>
  <xsl:template match="q" mode="inline">
    <xsl:choose>
      <xsl:when test="@xml:lang"><fo:inline><xsl:copy-of select="@xml:lang"/>”<xsl:apply-templates mode="inline"/>”</fo:inline></xsl:when>
      <xsl:otherwise>”<xsl:apply-templates mode="inline"/>”</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

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

  <!-- "afsnit 3.2, side 7": the target's number (or the author's words) linked to it, and the
       page it begins on. -->
  <xsl:template match="xref" mode="inline">
    <xsl:variable name="target" select="key('xref-target', @ref)[1]"/>
    <xsl:variable name="anchor"><xsl:call-template name="anchor"><xsl:with-param name="node" select="$target"/></xsl:call-template></xsl:variable>
    <fo:basic-link internal-destination="{$anchor}" color="#0b5394">
      <xsl:apply-templates mode="inline"/>
      <xsl:if test="not(node())"><xsl:call-template name="xref-label"><xsl:with-param name="target" select="$target"/></xsl:call-template></xsl:if>
      <xsl:text>, side </xsl:text><fo:page-number-citation ref-id="{$anchor}"/>
    </fo:basic-link>
  </xsl:template>

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
