<?xml version="1.0" encoding="UTF-8"?>
<!-- The memo's structure, shared by its PDF and HTML: numbering of chapters, sections, tables
     and figures (from their place in the edition, never typed), default headings, anchor ids,
     which trials a chapter's table shows, and the footnotes that count. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:include href="content.xsl"/>

  <!-- Chapter number: its place among the memo's chapters. -->
  <xsl:template name="chapter-number">
    <xsl:param name="chapter" select="ancestor-or-self::chapter[1]"/>
    <xsl:value-of select="count($chapter/preceding-sibling::chapter) + 1"/>
  </xsl:template>

  <!-- "1.2" for a chapter's section, "1.2.1" for its sub-section. -->
  <xsl:template name="section-number">
    <xsl:param name="section" select="ancestor-or-self::section[1]"/>
    <xsl:choose>
      <xsl:when test="$section/parent::section">
        <xsl:call-template name="section-number">
          <xsl:with-param name="section" select="$section/parent::section"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="chapter-number">
          <xsl:with-param name="chapter" select="$section/ancestor::chapter[1]"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>.</xsl:text>
    <xsl:call-template name="section-ordinal"><xsl:with-param name="section" select="$section"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="section-title">
    <xsl:param name="section" select="."/>
    <xsl:choose>
      <xsl:when test="$section/title"><xsl:value-of select="$section/title"/></xsl:when>
      <xsl:when test="$section/@kind = 'trials'">Status på forsøg</xsl:when>
      <xsl:when test="$section/@kind = 'evaluation'">Evalueringsdesign</xsl:when>
      <xsl:when test="$section/@kind = 'implementation'">Status på implementeringsforhold</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The chapter heading: its own title, else its network's. -->
  <xsl:template name="chapter-title">
    <xsl:param name="chapter" select="."/>
    <xsl:choose>
      <xsl:when test="$chapter/title"><xsl:value-of select="$chapter/title"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="key('network', $chapter/@network)/title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A network's name in Bilagstabel B.1: the wording the appendix uses where the data
       records one (an alt-title whose source is the appendix), else its title. -->
  <xsl:template name="appendix-network-title">
    <xsl:param name="network" select="."/>
    <xsl:variable name="appendix-title" select="$network/alt-title[contains(@source, 'Bilagstabel')]"/>
    <xsl:choose>
      <xsl:when test="$appendix-title"><xsl:value-of select="$appendix-title[1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$network/title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A municipality's name as the status memos spell it, where the data records that spelling
       (an alt-name whose source is a status memo: the memo writes "Nordfyn" where the code list
       says "Nordfyns"), else its official name. -->
  <xsl:template name="municipality-name-in-memo">
    <xsl:param name="municipality"/>
    <xsl:variable name="spelling" select="$municipality/alt-name[contains(@source, 'status-memo')]"/>
    <xsl:choose>
      <xsl:when test="$spelling"><xsl:value-of select="$spelling[1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$municipality/name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "1.1" for a chapter's n-th table (trial-table or an author's table), "B.1" in the
       appendix, "1" for one in the memo's other parts. A table in the programme's data (a trial's
       description) has no number of its own. -->
  <xsl:template name="table-number">
    <xsl:param name="table" select="."/>
    <xsl:variable name="tables" select="$table/preceding::*[self::trial-table or self::network-table or self::table][not(ancestor::programme)]"/>
    <xsl:choose>
      <xsl:when test="$table/ancestor::programme"/>
      <xsl:when test="$table/ancestor::appendix">
        <xsl:value-of select="concat('B.', count($tables[ancestor::appendix]) + 1)"/>
      </xsl:when>
      <xsl:when test="$table/ancestor::chapter">
        <xsl:variable name="chapter" select="$table/ancestor::chapter[1]"/>
        <xsl:call-template name="chapter-number"><xsl:with-param name="chapter" select="$chapter"/></xsl:call-template>
        <xsl:value-of select="concat('.', count($tables[ancestor::chapter[1] = $chapter]) + 1)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="count($tables[not(ancestor::chapter or ancestor::appendix)]) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table-label">
    <xsl:param name="table" select="."/>
    <xsl:choose>
      <xsl:when test="$table/ancestor::appendix">Bilagstabel </xsl:when>
      <xsl:otherwise>Tabel </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="table-number"><xsl:with-param name="table" select="$table"/></xsl:call-template>
  </xsl:template>

  <!-- "5.1" for a chapter's n-th figure. -->
  <xsl:template name="figure-number">
    <xsl:param name="figure" select="."/>
    <xsl:variable name="chapter" select="$figure/ancestor::chapter[1]"/>
    <xsl:choose>
      <xsl:when test="$chapter">
        <xsl:call-template name="chapter-number"><xsl:with-param name="chapter" select="$chapter"/></xsl:call-template>
        <xsl:value-of select="concat('.', count($figure/preceding::*[self::change-theory-figure or self::status-chart or self::image][ancestor::chapter[1] = $chapter]) + 1)"/>
      </xsl:when>
      <xsl:when test="$figure/ancestor::programme"/>
      <xsl:otherwise>
        <xsl:value-of select="count($figure/preceding::*[self::change-theory-figure or self::status-chart or self::image][not(ancestor::chapter or ancestor::programme)]) + 1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Anchor ids, the same in the PDF (destinations) and the HTML (fragment ids). -->
  <xsl:template name="anchor">
    <xsl:param name="node" select="."/>
    <xsl:choose>
      <xsl:when test="local-name($node) = 'chapter'">
        <xsl:text>kapitel-</xsl:text>
        <xsl:call-template name="chapter-number"><xsl:with-param name="chapter" select="$node"/></xsl:call-template>
      </xsl:when>
      <!-- An unnumbered section, or one inside it: its parent's anchor and its place ("afsnit-3-2-u1"). -->
      <xsl:when test="local-name($node) = 'section' and $node/ancestor-or-self::section[@numbered = 'false']">
        <xsl:call-template name="anchor"><xsl:with-param name="node" select="$node/parent::*"/></xsl:call-template>
        <xsl:value-of select="concat('-u', count($node/preceding-sibling::section) + 1)"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'section' and $node/ancestor::chapter">
        <xsl:text>afsnit-</xsl:text>
        <xsl:variable name="n"><xsl:call-template name="section-number"><xsl:with-param name="section" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="translate($n, '.', '-')"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'section' and $node/parent::section">
        <xsl:call-template name="anchor"><xsl:with-param name="node" select="$node/parent::section"/></xsl:call-template>
        <xsl:text>-</xsl:text>
        <xsl:call-template name="section-ordinal"><xsl:with-param name="section" select="$node"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="local-name($node) = 'section'">
        <xsl:text>overblik-</xsl:text>
        <xsl:call-template name="section-ordinal"><xsl:with-param name="section" select="$node"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="local-name($node) = 'trial-table' or local-name($node) = 'network-table' or local-name($node) = 'table'">
        <xsl:text>tabel-</xsl:text>
        <xsl:variable name="n"><xsl:call-template name="table-number"><xsl:with-param name="table" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="translate($n, '.', '-')"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'change-theory-figure' or local-name($node) = 'status-chart' or local-name($node) = 'image'">
        <xsl:text>figur-</xsl:text>
        <xsl:variable name="n"><xsl:call-template name="figure-number"><xsl:with-param name="figure" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="translate($n, '.', '-')"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'foreword'">forord</xsl:when>
      <xsl:when test="local-name($node) = 'overview'">overordnet-status</xsl:when>
      <xsl:when test="local-name($node) = 'appendix'">bilag</xsl:when>
      <xsl:otherwise><xsl:value-of select="generate-id($node)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Footnote number: its place among the footnotes of the edition's own text (the data's
       footnotes count where a generated table or list prints them). -->
  <xsl:template name="footnote-number">
    <xsl:param name="footnote" select="."/>
    <xsl:number level="any" count="footnote[not(ancestor::programme)]" from="memo"/>
  </xsl:template>

</xsl:stylesheet>
