<?xml version="1.0" encoding="UTF-8"?>
<!-- Rich text to HTML, shared by the memo and the applications: blocks (mode "block") and
     inline content (mode "inline"). Every data value is written as text, never as markup, so
     nothing in the input can inject HTML. Footnotes become numbered links to a notes list. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

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

  <xsl:template match="em" mode="inline"><em><xsl:apply-templates mode="inline"/></em></xsl:template>
  <xsl:template match="strong" mode="inline"><strong><xsl:apply-templates mode="inline"/></strong></xsl:template>
  <xsl:template match="q" mode="inline">”<xsl:apply-templates mode="inline"/>”</xsl:template>

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

  <xsl:template match="network-ref | trial-ref | municipality-ref | law-ref" mode="inline">
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
