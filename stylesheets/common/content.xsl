<?xml version="1.0" encoding="UTF-8"?>
<!-- The content vocabulary's shared logic, for every document (memo and application, PDF and
     HTML): what an internal reference (xref) prints for its target ("afsnit 3.2", "tabel 3.1",
     "figur 3.1"), which sections count in the numbering, a table column's alignment, and when a
     paragraph leads in to the block after it. Numbers come from the document's structure
     stylesheet (section-number, table-number, figure-number), so each document numbers its way. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- What an xref may point to: a section, an author's table or figure, by its id. -->
  <xsl:key name="xref-target" match="section[@id] | table[@id] | image[@id]" use="@id"/>

  <!-- "afsnit 3.2" / "tabel 3.1" / "figur 3.1"; an unnumbered section is named by its title. -->
  <xsl:template name="xref-label">
    <xsl:param name="target"/>
    <xsl:choose>
      <xsl:when test="local-name($target) = 'table'">
        <xsl:text>tabel </xsl:text>
        <xsl:call-template name="table-number"><xsl:with-param name="table" select="$target"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="local-name($target) = 'image'">
        <xsl:text>figur </xsl:text>
        <xsl:call-template name="figure-number"><xsl:with-param name="figure" select="$target"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$target/ancestor-or-self::section[@numbered = 'false']">
        <xsl:value-of select="concat('afsnittet ”', $target/title, '”')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>afsnit </xsl:text>
        <xsl:call-template name="section-number"><xsl:with-param name="section" select="$target"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A section's place among its numbered siblings (1 for the first). -->
  <xsl:template name="section-ordinal">
    <xsl:param name="section" select="."/>
    <xsl:value-of select="count($section/preceding-sibling::section[not(@numbered = 'false')]) + 1"/>
  </xsl:template>

  <!-- A cell's alignment as a keyword: its own, else its column's, else left. Its column is its
       place in the row, counting the column spans of the cells before it and the cells of the
       rows above (in the same header, body or footer) whose row span reaches down into it. -->
  <xsl:template name="cell-align">
    <xsl:param name="cell" select="."/>
    <xsl:variable name="row" select="$cell/parent::row"/>
    <xsl:variable name="naive"
        select="count($cell/preceding-sibling::cell[not(@cols)]) + sum($cell/preceding-sibling::cell/@cols) + 1"/>
    <xsl:variable name="from-above">
      <xsl:for-each select="$row/preceding-sibling::row/cell[@rows &gt; 1]">
        <xsl:variable name="distance" select="count($row/preceding-sibling::row) - count(parent::row/preceding-sibling::row)"/>
        <xsl:variable name="at" select="count(preceding-sibling::cell[not(@cols)]) + sum(preceding-sibling::cell/@cols) + 1"/>
        <xsl:if test="@rows &gt; $distance and $at &lt;= $naive">
          <xsl:value-of select="substring('xxxxxxxxxxxxxxxxxxxx', 1, sum(@cols) + number(not(@cols)))"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="column-index" select="$naive + string-length($from-above)"/>
    <xsl:variable name="column" select="$cell/ancestor::table[1]/column[position() = $column-index]"/>
    <xsl:choose>
      <xsl:when test="$cell/@align"><xsl:value-of select="$cell/@align"/></xsl:when>
      <xsl:when test="$column/@align"><xsl:value-of select="$column/@align"/></xsl:when>
      <xsl:otherwise>left</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An image's file as the typesetter and the HTML find it: src is relative to the file that
       names it, so the folders of the xml:base attributes XInclude left on the way (outermost
       first) are put in front, and for the PDF the document's own folder ($source-path, passed
       by frisk build) too. -->
  <xsl:param name="source-path" select="''"/>
  <xsl:template name="image-src">
    <xsl:param name="image" select="."/>
    <xsl:param name="absolute" select="true()"/>
    <xsl:variable name="src" select="normalize-space($image/@src)"/>
    <xsl:choose>
      <xsl:when test="starts-with($src, '/') or contains($src, ':')"><xsl:value-of select="$src"/></xsl:when>
      <xsl:otherwise>
        <xsl:if test="$absolute and $source-path != ''">
          <xsl:call-template name="folder-of"><xsl:with-param name="path" select="$source-path"/></xsl:call-template>
        </xsl:if>
        <xsl:for-each select="$image/ancestor-or-self::*[@xml:base]">
          <xsl:call-template name="folder-of"><xsl:with-param name="path" select="@xml:base"/></xsl:call-template>
        </xsl:for-each>
        <xsl:value-of select="$src"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "a/b/" for "a/b/c.xml"; "" for "c.xml". -->
  <xsl:template name="folder-of">
    <xsl:param name="path"/>
    <xsl:if test="contains($path, '/')">
      <xsl:value-of select="concat(substring-before($path, '/'), '/')"/>
      <xsl:call-template name="folder-of"><xsl:with-param name="path" select="substring-after($path, '/')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- "true" when a paragraph ends in ":" and introduces the list, table or figure after it:
       the two belong together on a page. -->
  <xsl:template name="leads-in">
    <xsl:param name="p" select="."/>
    <xsl:variable name="text" select="normalize-space($p)"/>
    <xsl:variable name="next" select="$p/following-sibling::*[1]"/>
    <xsl:value-of select="substring($text, string-length($text)) = ':' and boolean($next) and
                          not(local-name($next) = 'p' or local-name($next) = 'section' or local-name($next) = 'title')"/>
  </xsl:template>

</xsl:stylesheet>
