<?xml version="1.0" encoding="UTF-8"?>
<!-- Rich text to HTML, shared by the memo and the applications: blocks (mode "block") and
     inline content (mode "inline"). Every data value is written as text, never as markup, so
     nothing in the input can inject HTML. Footnotes become numbered links to a notes list;
     internal references (xref) and law references are links (a law to its page on the web
     site); an author's image is embedded by frisk build (src/compiler/figures.c), with its
     alternative text as alt. Optional parts leave no empty element behind. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="exsl">

  <xsl:template match="p" mode="block">
    <p><xsl:apply-templates mode="inline"/></p>
  </xsl:template>

  <xsl:template match="list" mode="block">
    <xsl:choose>
      <xsl:when test="@type = 'numbered' or @type = 'alpha' or @type = 'upper-alpha'">
        <ol>
          <xsl:if test="@type = 'alpha'"><xsl:attribute name="type">a</xsl:attribute></xsl:if>
          <xsl:if test="@type = 'upper-alpha'"><xsl:attribute name="type">A</xsl:attribute></xsl:if>
          <xsl:apply-templates select="item" mode="block"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <ul><xsl:apply-templates select="item" mode="block"/></ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="item" mode="block">
    <li>
      <xsl:choose>
        <xsl:when test="p | list">
          <xsl:apply-templates mode="block"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="pull-quote" mode="block">
    <blockquote class="pull-quote"><p><xsl:value-of select="'”'"/><xsl:apply-templates mode="inline"/><xsl:value-of select="'”'"/></p></blockquote>
  </xsl:template>

  <xsl:template match="quote" mode="block">
    <figure class="quote">
      <blockquote><xsl:apply-templates select="p" mode="block"/></blockquote>
      <xsl:for-each select="attribution">
        <figcaption>― <xsl:apply-templates mode="inline"/></figcaption>
      </xsl:for-each>
    </figure>
  </xsl:template>

  <!-- An author's table: <caption> with its number, <thead>/<tbody>/<tfoot>, header cells
       with scope, spans and alignment (numbers right) as classes. -->
  <xsl:template match="table" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="table-number"/></xsl:variable>
    <div class="table-wrap" tabindex="0" role="region">
      <xsl:attribute name="aria-label">
        <xsl:if test="$number != ''"><xsl:value-of select="concat('Tabel ', $number, ': ')"/></xsl:if>
        <xsl:apply-templates select="caption/node()" mode="plain"/>
      </xsl:attribute>
      <table id="{$anchor}" class="content-table">
        <caption>
          <xsl:if test="$number != ''"><span class="label"><xsl:value-of select="concat('Tabel ', $number)"/></span><xsl:text> </xsl:text></xsl:if>
          <xsl:apply-templates select="caption/node()" mode="inline"/>
        </caption>
        <xsl:if test="header">
          <thead><xsl:apply-templates select="header/row" mode="table-row"><xsl:with-param name="head" select="true()"/></xsl:apply-templates></thead>
        </xsl:if>
        <tbody><xsl:apply-templates select="row" mode="table-row"/></tbody>
        <xsl:if test="footer">
          <tfoot><xsl:apply-templates select="footer/row" mode="table-row"/></tfoot>
        </xsl:if>
      </table>
    </div>
  </xsl:template>

  <xsl:template match="row" mode="table-row">
    <xsl:param name="head" select="false()"/>
    <tr>
      <xsl:for-each select="cell">
        <xsl:variable name="align"><xsl:call-template name="cell-align"/></xsl:variable>
        <xsl:variable name="cell-rtf">
          <cell>
          <xsl:if test="@cols"><xsl:attribute name="colspan"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
          <xsl:if test="@rows"><xsl:attribute name="rowspan"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
          <xsl:if test="$align != 'left'"><xsl:attribute name="class"><xsl:value-of select="concat('align-', $align)"/></xsl:attribute></xsl:if>
          </cell>
        </xsl:variable>
        <xsl:variable name="cell" select="exsl:node-set($cell-rtf)/cell"/>
        <xsl:choose>
          <xsl:when test="$head">
            <th>
              <xsl:attribute name="scope"><xsl:choose><xsl:when test="@cols">colgroup</xsl:when><xsl:otherwise>col</xsl:otherwise></xsl:choose></xsl:attribute>
              <xsl:copy-of select="$cell/@*"/>
              <xsl:call-template name="cell-content"/>
            </th>
          </xsl:when>
          <xsl:otherwise>
            <td><xsl:copy-of select="$cell/@*"/><xsl:call-template name="cell-content"/></td>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </tr>
  </xsl:template>

  <xsl:template name="cell-content">
    <xsl:choose>
      <xsl:when test="p | list"><xsl:apply-templates select="*" mode="block"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="inline"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A figure with an image: <figure>, <img alt> (embedded by frisk build), <figcaption> with
       the number, the caption and the source and note lines. -->
  <xsl:template match="image" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="number"><xsl:call-template name="figure-number"/></xsl:variable>
    <xsl:variable name="src"><xsl:call-template name="image-src"/></xsl:variable>
    <figure id="{$anchor}" class="image">
      <img data-frisk-src="{$src}" alt="{@alt}">
        <xsl:if test="@width and substring(@width, string-length(@width)) = '%'">
          <xsl:attribute name="style"><xsl:value-of select="concat('width:', @width)"/></xsl:attribute>
        </xsl:if>
      </img>
      <figcaption>
        <xsl:if test="$number != ''"><span class="label"><xsl:value-of select="concat('Figur ', $number)"/></span><xsl:text> </xsl:text></xsl:if>
        <xsl:apply-templates select="caption/node()" mode="inline"/>
        <xsl:for-each select="figure-source"><span class="figure-source">Kilde: <xsl:apply-templates mode="inline"/></span></xsl:for-each>
        <xsl:for-each select="figure-note"><span class="figure-note">Note: <xsl:apply-templates mode="inline"/></span></xsl:for-each>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- Text directly inside a block container is wrapped so that it is never lost. -->
  <xsl:template match="text()" mode="block">
    <xsl:if test="normalize-space(.) != ''"><p><xsl:value-of select="."/></p></xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="block">
    <xsl:message terminate="yes">rich-text.xsl: no HTML rendering for block element &lt;<xsl:value-of select="name()"/>&gt;</xsl:message>
  </xsl:template>

  <xsl:template match="text()" mode="inline">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- xml:lang on a phrase becomes lang, so a screen reader switches language for it -->
  <xsl:template match="em" mode="inline"><em><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="inline"/></em></xsl:template>
  <xsl:template match="strong" mode="inline"><strong><xsl:apply-templates select="@xml:lang" mode="lang"/><xsl:apply-templates mode="inline"/></strong></xsl:template>
  <xsl:template match="q" mode="inline">
    <xsl:choose>
      <xsl:when test="@xml:lang"><span><xsl:apply-templates select="@xml:lang" mode="lang"/>”<xsl:apply-templates mode="inline"/>”</span></xsl:when>
      <xsl:otherwise>”<xsl:apply-templates mode="inline"/>”</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="@xml:lang" mode="lang"><xsl:attribute name="lang"><xsl:value-of select="."/></xsl:attribute></xsl:template>

  <!-- Links: only http(s) and mailto addresses become links; anything else (javascript:, data:)
       is printed as text so that data can never run in a reader's browser. -->
  <xsl:template match="link" mode="inline">
    <xsl:variable name="href" select="normalize-space(@href)"/>
    <xsl:choose>
      <xsl:when test="starts-with($href, 'https://') or starts-with($href, 'http://') or starts-with($href, 'mailto:')">
        <a href="{$href}">
          <xsl:apply-templates mode="inline"/>
          <xsl:if test="not(node())"><xsl:value-of select="$href"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates mode="inline"/>
        <xsl:if test="not(node())"><xsl:value-of select="$href"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An internal reference: a link to the target, "afsnit 3.2" (or the author's words). -->
  <xsl:template match="xref" mode="inline">
    <xsl:variable name="target" select="key('xref-target', @ref)[1]"/>
    <xsl:variable name="anchor"><xsl:call-template name="anchor"><xsl:with-param name="node" select="$target"/></xsl:call-template></xsl:variable>
    <a href="#{$anchor}" class="xref">
      <xsl:apply-templates mode="inline"/>
      <xsl:if test="not(node())"><xsl:call-template name="xref-label"><xsl:with-param name="target" select="$target"/></xsl:call-template></xsl:if>
    </a>
  </xsl:template>

  <!-- A law reference links to the law's page on the web site (output/web/lov/ID.html, beside
       the documents' folders) and, where the page lists the provision, to its paragraph; a law
       declared in the document's own file has no page there and links to its own href when it
       has one. -->
  <xsl:template match="law-ref" mode="inline">
    <xsl:variable name="law" select="key('law', @law)[1]"/>
    <xsl:variable name="text">
      <xsl:choose>
        <xsl:when test="node()"><xsl:apply-templates mode="inline"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="reference-text"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="href" select="normalize-space($law/@href)"/>
    <xsl:choose>
      <xsl:when test="$law/ancestor::programme">
        <a class="law-ref" href="{concat('../web/lov/', translate(@law, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '.html')}"><xsl:copy-of select="$text"/></a>
      </xsl:when>
      <xsl:when test="starts-with($href, 'https://') or starts-with($href, 'http://')">
        <a class="law-ref" href="{$href}"><xsl:copy-of select="$text"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:copy-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="network-ref | trial-ref | municipality-ref" mode="inline">
    <xsl:choose>
      <xsl:when test="node()"><xsl:apply-templates mode="inline"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="reference-text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="fact" mode="inline">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="footnote" mode="inline">
    <xsl:variable name="n"><xsl:call-template name="footnote-number"/></xsl:variable>
    <sup class="footnote-ref"><a href="#note-{$n}" id="note-ref-{$n}" aria-label="Note {$n}"><xsl:value-of select="$n"/></a></sup>
  </xsl:template>

  <!-- Inline elements inside a paragraph that are blocks elsewhere (a list in an item). -->
  <xsl:template match="*" mode="inline">
    <xsl:message terminate="yes">rich-text.xsl: no HTML rendering for inline element &lt;<xsl:value-of select="name()"/>&gt;</xsl:message>
  </xsl:template>

  <!-- The notes, in order, each linking back to its mark. -->
  <xsl:template name="footnote-list">
    <xsl:variable name="notes" select="//footnote[not(ancestor::programme)]"/>
    <xsl:if test="$notes">
      <section class="footnotes" aria-labelledby="noter-titel">
        <h2 id="noter-titel">Noter</h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="n"><xsl:call-template name="footnote-number"/></xsl:variable>
            <li id="note-{$n}">
              <xsl:apply-templates mode="inline"/>
              <xsl:text> </xsl:text>
              <a href="#note-ref-{$n}" aria-label="Tilbage til note {$n}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
