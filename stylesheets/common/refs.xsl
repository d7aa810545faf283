<?xml version="1.0" encoding="UTF-8"?>
<!-- Lookups and the text of references, shared by every output: the name of a network,
     trial, municipality or law from its id, and a provision written the Danish way
     ("LAB § 48, stk. 1, nr. 2, 3. pkt.", "§§ 9-12", "serviceloven § 83"). Keys work over the
     whole composed document, so a memo or an application finds the programme's data. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:key name="network" match="network" use="@id"/>
  <xsl:key name="trial" match="trial" use="@id"/>
  <!-- A trial-ref may name an application that did not become a trial (a rejection). -->
  <xsl:key name="application" match="trial | rejection" use="@id"/>
  <xsl:key name="trial-group" match="trial-group" use="@id"/>
  <xsl:key name="municipality" match="municipality" use="@id"/>
  <xsl:key name="law" match="law" use="@id"/>
  <xsl:key name="change-theory" match="change-theory" use="@id"/>

  <!-- "§ 48", "§§ 9-12", "§ 48, stk. 1, nr. 2, 3. pkt.", "kapitel 10-12" for a node with the
       provision attributes (exemption, law-ref). Empty when only the law is named. -->
  <xsl:template name="provision-part">
    <xsl:param name="p" select="."/>
    <xsl:choose>
      <xsl:when test="$p/@paragraph and $p/@to">
        <xsl:value-of select="concat('§§ ', $p/@paragraph, '-', $p/@to)"/>
      </xsl:when>
      <xsl:when test="$p/@paragraph">
        <xsl:value-of select="concat('§ ', $p/@paragraph)"/>
      </xsl:when>
      <xsl:when test="$p/@chapter and $p/@chapter-to">
        <xsl:value-of select="concat('kapitel ', $p/@chapter, '-', $p/@chapter-to)"/>
      </xsl:when>
      <xsl:when test="$p/@chapter">
        <xsl:value-of select="concat('kapitel ', $p/@chapter)"/>
      </xsl:when>
    </xsl:choose>
    <xsl:if test="$p/@stk">
      <xsl:value-of select="concat(', stk. ', $p/@stk)"/>
      <xsl:if test="$p/@stk-to"><xsl:value-of select="concat('-', $p/@stk-to)"/></xsl:if>
    </xsl:if>
    <xsl:if test="$p/@nr"><xsl:value-of select="concat(', nr. ', $p/@nr)"/></xsl:if>
    <xsl:if test="$p/@pkt"><xsl:value-of select="concat(', ', $p/@pkt, '. pkt.')"/></xsl:if>
  </xsl:template>

  <!-- A law's short label: its abbreviation (LAB), else its short name (serviceloven), else its
       title. -->
  <xsl:template name="law-label">
    <xsl:param name="law"/>
    <xsl:choose>
      <xsl:when test="$law/abbreviation"><xsl:value-of select="$law/abbreviation"/></xsl:when>
      <xsl:when test="$law/short-name"><xsl:value-of select="$law/short-name[1]"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$law/title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An exemption or law-ref in tables and lists: "LAB § 48, stk. 1". -->
  <xsl:template name="provision-label">
    <xsl:param name="p" select="."/>
    <xsl:variable name="law" select="key('law', $p/@law)"/>
    <xsl:variable name="part">
      <xsl:call-template name="provision-part"><xsl:with-param name="p" select="$p"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="$p/@extent = 'parts'">visse dele af </xsl:if>
    <xsl:call-template name="law-label"><xsl:with-param name="law" select="$law"/></xsl:call-template>
    <xsl:if test="string($part) != ''"><xsl:value-of select="concat(' ', $part)"/></xsl:if>
  </xsl:template>

  <!-- The text an empty reference prints. -->
  <xsl:template name="reference-text">
    <xsl:param name="ref" select="."/>
    <xsl:choose>
      <xsl:when test="local-name($ref) = 'network-ref'">
        <xsl:value-of select="concat('”', key('network', $ref/@ref)/title, '”')"/>
      </xsl:when>
      <xsl:when test="local-name($ref) = 'trial-ref'">
        <xsl:value-of select="concat('”', key('application', $ref/@ref)/title, '”')"/>
      </xsl:when>
      <xsl:when test="local-name($ref) = 'municipality-ref'">
        <xsl:value-of select="key('municipality', $ref/@ref)/name"/>
      </xsl:when>
      <xsl:when test="local-name($ref) = 'law-ref'">
        <xsl:call-template name="provision-label"><xsl:with-param name="p" select="$ref"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Rich text as plain text (mode "plain"), for places that take no markup: a figure's
       title inside a diagram, a bookmark, a PDF's metadata. References print their text. -->
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="network-ref[not(node())] | trial-ref[not(node())] |
                       municipality-ref[not(node())] | law-ref[not(node())]" mode="plain">
    <xsl:call-template name="reference-text"/>
  </xsl:template>
  <xsl:template match="q" mode="plain">”<xsl:apply-templates mode="plain"/>”</xsl:template>
  <xsl:template match="footnote" mode="plain"/>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>

  <!-- A list of names joined the Danish way: "A, B og C". -->
  <xsl:template name="join-and">
    <xsl:param name="items"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() &gt; 1">
        <xsl:choose>
          <xsl:when test="position() = last()"> og </xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
