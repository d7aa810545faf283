<?xml version="1.0" encoding="UTF-8"?>
<!-- The status memo as XSL-FO for frisk's typesetter (and, as a reference, Apache FOP): title
     page, table of contents with page numbers, Forord, Overordnet status, one chapter per
     network with its tables, figures and footnotes, and the appendix. Numbering and anchors are
     shared with the HTML (common/memo-structure.xsl); page design is in page.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:frisk="urn:frisk:fo"
    xmlns:d="urn:frisk:diagram"
    xmlns:fn="urn:frisk:functions"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="d fn exsl">

  <xsl:include href="../common/danish.xsl"/>
  <xsl:include href="../common/refs.xsl"/>
  <xsl:include href="../common/status.xsl"/>
  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="../common/memo-structure.xsl"/>
  <xsl:include href="../common/changes.xsl"/>
  <xsl:include href="../common/diagrams.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="rich-text.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="source-file"/>
  <xsl:variable name="as-of" select="/memo/date/@value"/>

  <xsl:template match="/memo">
    <fo:root frisk:title="{title}" frisk:subject="Statusnotat om frikommuneforsøg"
        frisk:keywords="frikommuneforsøg, statusnotat, {publisher}">
      <xsl:attribute name="frisk:author">
        <xsl:call-template name="join-and"><xsl:with-param name="items" select="authors/author"/></xsl:call-template>
      </xsl:attribute>
      <xsl:attribute name="frisk:creation-date">
        <xsl:value-of select="date/@value"/>
        <xsl:if test="string-length(date/@value) = 7">-01</xsl:if>
      </xsl:attribute>
      <xsl:call-template name="page-masters"/>
      <xsl:call-template name="bookmarks"/>
      <xsl:call-template name="title-page"/>
      <fo:page-sequence master-reference="document" language="da" country="DK">
        <xsl:call-template name="running-header-footer">
          <xsl:with-param name="document-title" select="title"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block xsl:use-attribute-sets="body-text">
            <xsl:call-template name="table-of-contents"/>
            <xsl:apply-templates select="foreword | overview"/>
            <xsl:if test="previous-edition"><xsl:call-template name="changes-section"/></xsl:if>
            <xsl:apply-templates select="chapter | appendix"/>
            <fo:block id="document-end"/>
          </fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="title-page">
    <fo:page-sequence master-reference="title" language="da" country="DK">
      <fo:flow flow-name="xsl-region-body">
        <fo:block font-family="{$heading-font}" color="{$accent}">
          <fo:block font-size="11pt" font-weight="bold" space-after="70mm">
            <xsl:value-of select="publisher"/>
          </fo:block>
          <fo:block font-size="28pt" line-height="34pt" font-weight="bold" space-after="8mm">
            <xsl:value-of select="title"/>
          </fo:block>
          <xsl:if test="subtitle">
            <fo:block font-size="16pt" line-height="21pt" space-after="8mm"><xsl:value-of select="subtitle"/></fo:block>
          </xsl:if>
          <fo:block font-size="12pt" color="#333333" space-before="20mm">
            <xsl:call-template name="join-and"><xsl:with-param name="items" select="authors/author"/></xsl:call-template>
          </fo:block>
          <fo:block font-size="12pt" color="#333333">
            <xsl:call-template name="da-date-long-capital"><xsl:with-param name="date" select="date/@value"/></xsl:call-template>
          </fo:block>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- The PDF outline: every chapter and section. -->
  <xsl:template name="bookmarks">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="indhold"><fo:bookmark-title>Indhold</fo:bookmark-title></fo:bookmark>
      <fo:bookmark internal-destination="forord"><fo:bookmark-title>Forord</fo:bookmark-title></fo:bookmark>
      <fo:bookmark internal-destination="overordnet-status">
        <fo:bookmark-title><xsl:value-of select="overview/title"/></fo:bookmark-title>
        <xsl:apply-templates select="overview/section" mode="bookmark"/>
      </fo:bookmark>
      <xsl:if test="previous-edition">
        <fo:bookmark internal-destination="aendringer"><fo:bookmark-title>Ændringer siden sidste statusnotat</fo:bookmark-title></fo:bookmark>
      </xsl:if>
      <xsl:for-each select="chapter">
        <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
        <fo:bookmark internal-destination="{$anchor}">
          <fo:bookmark-title><xsl:call-template name="chapter-number"/><xsl:text> </xsl:text><xsl:call-template name="chapter-title"/></fo:bookmark-title>
          <xsl:apply-templates select="section" mode="bookmark"/>
        </fo:bookmark>
      </xsl:for-each>
      <xsl:for-each select="appendix">
        <fo:bookmark internal-destination="bilag"><fo:bookmark-title><xsl:value-of select="title"/></fo:bookmark-title></fo:bookmark>
      </xsl:for-each>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- A section's outline entry, with its sub-sections under it, to any depth: the same tree
       as the headings (and the HTML's). -->
  <xsl:template match="section" mode="bookmark">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <fo:bookmark internal-destination="{$anchor}">
      <fo:bookmark-title><xsl:call-template name="section-heading-text"/></fo:bookmark-title>
      <xsl:apply-templates select="section" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <!-- "3.2  Title"; an unnumbered section, or one of the overview, its title alone. -->
  <xsl:template name="section-heading-text">
    <xsl:if test="ancestor::chapter and not(ancestor-or-self::section[@numbered = 'false'])">
      <xsl:call-template name="section-number"/><xsl:text>  </xsl:text>
    </xsl:if>
    <xsl:call-template name="section-title"/>
  </xsl:template>

  <xsl:template name="toc-line">
    <xsl:param name="anchor"/>
    <xsl:param name="number"/>
    <xsl:param name="text"/>
    <xsl:param name="level" select="1"/>
    <fo:block role="TOCI" text-align-last="justify" text-align="start" hyphenate="false"
        start-indent="{($level - 1) * 8}mm" space-before="{3 - $level}pt">
      <xsl:if test="$level = 1"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:basic-link internal-destination="{$anchor}">
        <xsl:if test="string($number) != ''"><xsl:value-of select="concat($number, '  ')"/></xsl:if>
        <xsl:value-of select="$text"/>
      </fo:basic-link>
      <fo:leader leader-pattern="dots"/>
      <fo:basic-link internal-destination="{$anchor}"><fo:page-number-citation ref-id="{$anchor}"/></fo:basic-link>
    </fo:block>
  </xsl:template>

  <xsl:template name="table-of-contents">
    <fo:block id="indhold" xsl:use-attribute-sets="heading-1">Indhold</fo:block>
    <fo:block role="TOC" font-family="{$heading-font}" font-size="10pt" line-height="14pt">
      <xsl:call-template name="toc-line">
        <xsl:with-param name="anchor" select="'forord'"/>
        <xsl:with-param name="text" select="'Forord'"/>
      </xsl:call-template>
      <xsl:call-template name="toc-line">
        <xsl:with-param name="anchor" select="'overordnet-status'"/>
        <xsl:with-param name="text" select="overview/title"/>
      </xsl:call-template>
      <xsl:if test="previous-edition">
        <xsl:call-template name="toc-line">
          <xsl:with-param name="anchor" select="'aendringer'"/>
          <xsl:with-param name="text" select="'Ændringer siden sidste statusnotat'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="chapter">
        <xsl:call-template name="toc-line">
          <xsl:with-param name="anchor"><xsl:call-template name="anchor"/></xsl:with-param>
          <xsl:with-param name="number"><xsl:call-template name="chapter-number"/></xsl:with-param>
          <xsl:with-param name="text"><xsl:call-template name="chapter-title"/></xsl:with-param>
        </xsl:call-template>
        <xsl:for-each select="section">
          <xsl:call-template name="toc-line">
            <xsl:with-param name="anchor"><xsl:call-template name="anchor"/></xsl:with-param>
            <xsl:with-param name="number"><xsl:call-template name="section-number"/></xsl:with-param>
            <xsl:with-param name="text"><xsl:call-template name="section-title"/></xsl:with-param>
            <xsl:with-param name="level" select="2"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="appendix">
        <xsl:call-template name="toc-line">
          <xsl:with-param name="anchor" select="'bilag'"/>
          <xsl:with-param name="text" select="title"/>
        </xsl:call-template>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- A top-level part of the memo: a new page, a heading that names the running header. -->
  <xsl:template name="part-heading">
    <xsl:param name="anchor"/>
    <xsl:param name="number"/>
    <xsl:param name="text"/>
    <fo:block id="{$anchor}" xsl:use-attribute-sets="heading-1" break-before="page">
      <fo:marker marker-class-name="section">
        <xsl:if test="string($number) != ''"><xsl:value-of select="concat($number, ' ')"/></xsl:if>
        <xsl:value-of select="$text"/>
      </fo:marker>
      <xsl:if test="string($number) != ''"><xsl:value-of select="concat($number, '  ')"/></xsl:if>
      <xsl:value-of select="$text"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="foreword">
    <xsl:call-template name="part-heading">
      <xsl:with-param name="anchor" select="'forord'"/>
      <xsl:with-param name="text" select="'Forord'"/>
    </xsl:call-template>
    <xsl:apply-templates mode="block"/>
    <fo:block space-before="12pt" font-style="italic" text-align="start">
      <xsl:call-template name="join-and"><xsl:with-param name="items" select="../authors/author"/></xsl:call-template>
    </fo:block>
    <fo:block font-style="italic" text-align="start">
      <xsl:call-template name="da-date-long-capital"><xsl:with-param name="date" select="../date/@value"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <xsl:template match="overview">
    <xsl:call-template name="part-heading">
      <xsl:with-param name="anchor" select="'overordnet-status'"/>
      <xsl:with-param name="text" select="title"/>
    </xsl:call-template>
    <xsl:apply-templates select="*[not(self::title)]" mode="block"/>
  </xsl:template>

  <xsl:template match="overview/section" mode="block">
    <xsl:call-template name="section-heading"><xsl:with-param name="level" select="2"/></xsl:call-template>
    <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
    <xsl:apply-templates select="section" mode="block"/>
  </xsl:template>

  <xsl:template match="section/section" mode="block">
    <xsl:call-template name="section-heading"><xsl:with-param name="level" select="count(ancestor::section) + 2"/></xsl:call-template>
    <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
    <xsl:apply-templates select="section" mode="block"/>
  </xsl:template>

  <xsl:template match="chapter">
    <xsl:call-template name="part-heading">
      <xsl:with-param name="anchor"><xsl:call-template name="anchor"/></xsl:with-param>
      <xsl:with-param name="number"><xsl:call-template name="chapter-number"/></xsl:with-param>
      <xsl:with-param name="text"><xsl:call-template name="chapter-title"/></xsl:with-param>
    </xsl:call-template>
    <xsl:apply-templates select="intro/*" mode="block"/>
    <xsl:apply-templates select="section"/>
  </xsl:template>

  <xsl:template match="chapter/section">
    <xsl:call-template name="section-heading"><xsl:with-param name="level" select="2"/></xsl:call-template>
    <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
    <xsl:apply-templates select="section" mode="block"/>
  </xsl:template>

  <xsl:template match="appendix">
    <xsl:call-template name="part-heading">
      <xsl:with-param name="anchor" select="'bilag'"/>
      <xsl:with-param name="text" select="title"/>
    </xsl:call-template>
    <xsl:apply-templates select="*[not(self::title)]" mode="block"/>
  </xsl:template>

  <!-- A section's heading at its level (2 = N.M, 3 = N.M.K and deeper alike), tagged H2-H6 in
       the PDF, with the marker the running header shows for the page it begins on. -->
  <xsl:template name="section-heading">
    <xsl:param name="level"/>
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="text"><xsl:call-template name="section-heading-text"/></xsl:variable>
    <xsl:variable name="role" select="concat('H', substring('23456', 1 + ($level &gt; 6) * 4 + ($level &lt;= 6) * ($level - 2), 1))"/>
    <xsl:variable name="content">
      <fo:marker marker-class-name="section"><xsl:value-of select="normalize-space($text)"/></fo:marker>
      <xsl:value-of select="$text"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$level = 2">
        <fo:block id="{$anchor}" role="{$role}" xsl:use-attribute-sets="heading-2"><xsl:copy-of select="$content"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block id="{$anchor}" role="{$role}" xsl:use-attribute-sets="heading-3"><xsl:copy-of select="$content"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table-caption">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <fo:block id="{$anchor}" xsl:use-attribute-sets="caption">
      <xsl:call-template name="table-label"/><xsl:text>  </xsl:text><xsl:value-of select="caption"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="head-cell">
    <xsl:param name="text"/>
    <fo:table-cell xsl:use-attribute-sets="table-head-cell"><fo:block><xsl:value-of select="$text"/></fo:block></fo:table-cell>
  </xsl:template>

  <!-- Tabel N.1: a row per element; the trial's title spans its elements. -->
  <xsl:template match="trial-table" mode="block">
    <xsl:call-template name="table-caption"/>
    <xsl:variable name="caption"><xsl:call-template name="table-label"/><xsl:text> </xsl:text><xsl:value-of select="caption"/></xsl:variable>
    <xsl:variable name="first-trial" select="key('network', @network)/trials/trial[fn:is-granted(fn:outcome(., $as-of))][1]"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" xsl:use-attribute-sets="table-text"
        space-after="10pt">
      <fo:table-column column-width="proportional-column-width(24)"/>
      <fo:table-column column-width="proportional-column-width(58)"/>
      <fo:table-column column-width="proportional-column-width(18)"/>
      <fo:table-header>
        <xsl:call-template name="continued-caption-row"><xsl:with-param name="columns" select="3"/></xsl:call-template>
        <fo:table-row>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Forsøg'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Fritagelse fra lovgivning og formål'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Status'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="key('network', @network)/trials/trial">
          <xsl:if test="fn:is-granted(fn:outcome(., $as-of))">
            <xsl:for-each select="element">
              <fo:table-row>
                <xsl:if test="position() = 1">
                  <fo:table-cell xsl:use-attribute-sets="table-cell" number-rows-spanned="{count(../element)}" font-weight="bold">
                    <!-- A title is read as one: never split it between two pages. -->
                    <fo:block hyphenate="true" language="da" keep-together.within-page="always"><xsl:value-of select="../title"/></fo:block>
                  </fo:table-cell>
                </xsl:if>
                <fo:table-cell xsl:use-attribute-sets="table-cell">
                  <xsl:call-template name="continued-marker">
                    <xsl:with-param name="first" select="position() = 1 and generate-id(..) = generate-id($first-trial)"/>
                    <xsl:with-param name="caption" select="$caption"/>
                  </xsl:call-template>
                  <xsl:if test="title"><fo:block font-weight="bold"><xsl:value-of select="title"/></fo:block></xsl:if>
                  <xsl:apply-templates select="text/* | purpose/* | target-group/*" mode="block"/>
                </fo:table-cell>
                <fo:table-cell xsl:use-attribute-sets="table-cell">
                  <fo:block>
                    <xsl:call-template name="status-label">
                      <xsl:with-param name="item" select="."/>
                      <xsl:with-param name="as-of" select="$as-of"/>
                    </xsl:call-template>
                  </fo:block>
                  <!-- A draft edition marks a status whose date has passed (a final one is
                       not built with any: src/freshness.c). -->
                  <xsl:variable name="stale-note">
                    <xsl:call-template name="stale-note">
                      <xsl:with-param name="status" select="fn:current-status(., $as-of)"/>
                      <xsl:with-param name="as-of" select="$as-of"/>
                    </xsl:call-template>
                  </xsl:variable>
                  <xsl:if test="string($stale-note) != ''">
                    <fo:block xsl:use-attribute-sets="stale-note"><xsl:value-of select="$stale-note"/></fo:block>
                  </xsl:if>
                </fo:table-cell>
              </fo:table-row>
            </xsl:for-each>
          </xsl:if>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="rejection-list" mode="block">
    <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="6pt">
      <xsl:variable name="list" select="."/>
      <xsl:for-each select="key('network', @network)/rejections/rejection[
          (not($list/@round) or @round = $list/@round) and
          (not($list/@status) or contains(concat(' ', normalize-space($list/@status), ' '),
                                          concat(' ', status-history/status[last()]/@kind, ' ')))]">
        <fo:list-item space-after="2pt">
          <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block>
              <xsl:choose>
                <xsl:when test="title and $list/@descriptions = 'true'"><xsl:value-of select="concat('”', title, '”')"/></xsl:when>
                <xsl:when test="title"><xsl:value-of select="title"/></xsl:when>
                <xsl:otherwise><xsl:apply-templates select="description/p[1]/node()" mode="inline"/></xsl:otherwise>
              </xsl:choose>
              <xsl:variable name="reason" select="status-history/status[last()]/reason"/>
              <xsl:if test="$reason">
                <xsl:text> (</xsl:text><xsl:apply-templates select="$reason/node()" mode="inline"/><xsl:text>)</xsl:text>
              </xsl:if>
              <xsl:if test="$list/@descriptions = 'true' and title and description">
                <fo:block>― <xsl:apply-templates select="description/p[1]/node()" mode="inline"/></fo:block>
              </xsl:if>
            </fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="network-table" mode="block">
    <xsl:call-template name="table-caption"/>
    <xsl:variable name="caption"><xsl:call-template name="table-label"/><xsl:text> </xsl:text><xsl:value-of select="caption"/></xsl:variable>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" xsl:use-attribute-sets="table-text">
      <fo:table-column column-width="proportional-column-width(28)"/>
      <fo:table-column column-width="proportional-column-width(27)"/>
      <fo:table-column column-width="proportional-column-width(45)"/>
      <fo:table-header>
        <xsl:call-template name="continued-caption-row"><xsl:with-param name="columns" select="3"/></xsl:call-template>
        <fo:table-row>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Tema'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Netværkskommuner'"/></xsl:call-template>
          <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Indhold'"/></xsl:call-template>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="/memo/programme/networks/network">
          <fo:table-row keep-together="always">
            <fo:table-cell xsl:use-attribute-sets="table-cell" font-weight="bold">
              <xsl:call-template name="continued-marker">
                <xsl:with-param name="first" select="position() = 1"/>
                <xsl:with-param name="caption" select="$caption"/>
              </xsl:call-template>
              <fo:block><xsl:call-template name="appendix-network-title"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="table-cell">
              <fo:block>
                <xsl:for-each select="members/member">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <xsl:call-template name="municipality-name-in-memo">
                    <xsl:with-param name="municipality" select="key('municipality', @ref)"/>
                  </xsl:call-template>
                </xsl:for-each>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="table-cell"><fo:block><xsl:apply-templates select="description/node()" mode="inline"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template match="change-theory-items" mode="block">
    <xsl:variable name="column" select="@column"/>
    <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="6pt">
      <xsl:for-each select="key('change-theory', @ref)/*[local-name() = $column]/item">
        <fo:list-item space-after="2pt">
          <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="inline"/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <xsl:template match="change-theory-figure" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="theory" select="key('change-theory', @ref)"/>
    <fo:block id="{$anchor}" xsl:use-attribute-sets="caption" space-before="10pt">
      <xsl:text>Figur </xsl:text><xsl:call-template name="figure-number"/><xsl:text>  </xsl:text>
      <xsl:apply-templates select="$theory/caption/node()" mode="inline"/>
    </fo:block>
    <xsl:variable name="drawable">
      <xsl:call-template name="change-theory-drawable"><xsl:with-param name="theory" select="$theory"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$drawable = 'true'">
        <fo:block space-after="10pt" keep-together="always">
          <fo:instream-foreign-object width="160mm">
            <xsl:call-template name="change-theory-diagram"><xsl:with-param name="theory" select="$theory"/></xsl:call-template>
          </fo:instream-foreign-object>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block space-after="10pt" font-style="italic">Figurens indhold er ikke beskrevet i datagrundlaget.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An overview figure drawn from the data: every network's trials by status. -->
  <xsl:template match="status-chart" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <fo:block id="{$anchor}" xsl:use-attribute-sets="caption" space-before="10pt">
      <xsl:text>Figur </xsl:text><xsl:call-template name="figure-number"/><xsl:text>  </xsl:text>
      <xsl:apply-templates select="caption/node()" mode="inline"/>
    </fo:block>
    <fo:block space-after="10pt" keep-together="always">
      <fo:instream-foreign-object width="160mm">
        <xsl:call-template name="status-chart-diagram">
          <xsl:with-param name="networks" select="/memo/programme/networks/network"/>
          <xsl:with-param name="as-of" select="$as-of"/>
          <xsl:with-param name="title" select="caption"/>
        </xsl:call-template>
      </fo:instream-foreign-object>
    </fo:block>
  </xsl:template>

  <!-- "Ændringer siden sidste statusnotat": every change between the previous edition's date
       and this one's, per network, from common/changes.xsl (the HTML shows the same). -->
  <xsl:template name="changes-section">
    <xsl:variable name="changes-tree">
      <xsl:call-template name="changes-data">
        <xsl:with-param name="networks" select="/memo/programme/networks/network"/>
        <xsl:with-param name="previous" select="string(/memo/previous-edition/@date)"/>
        <xsl:with-param name="as-of" select="$as-of"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="changes" select="exsl:node-set($changes-tree)/changes"/>
    <xsl:variable name="previous-text">
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$changes/@previous"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="as-of-text">
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$as-of"/></xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="part-heading">
      <xsl:with-param name="anchor" select="'aendringer'"/>
      <xsl:with-param name="text" select="'Ændringer siden sidste statusnotat'"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="$changes/network">
        <fo:block xsl:use-attribute-sets="paragraph">Fra <xsl:value-of select="$previous-text"/> til <xsl:value-of select="$as-of-text"/>.
          <xsl:call-template name="change-summary"><xsl:with-param name="counts" select="$changes"/></xsl:call-template></fo:block>
        <xsl:for-each select="$changes/network">
          <fo:block xsl:use-attribute-sets="heading-3" id="aendringer-{@id}"><xsl:value-of select="@title"/></fo:block>
          <fo:block xsl:use-attribute-sets="paragraph" keep-with-next="always"><xsl:call-template name="change-summary"/></fo:block>
          <fo:table table-layout="fixed" width="100%" border-collapse="collapse" xsl:use-attribute-sets="table-text">
            <fo:table-column column-width="proportional-column-width(36)"/>
            <fo:table-column column-width="proportional-column-width(14)"/>
            <fo:table-column column-width="proportional-column-width(25)"/>
            <fo:table-column column-width="proportional-column-width(25)"/>
            <fo:table-header>
              <fo:table-row>
                <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Forsøg eller ansøgning'"/></xsl:call-template>
                <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Ændring'"/></xsl:call-template>
                <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Status før'"/></xsl:call-template>
                <xsl:call-template name="head-cell"><xsl:with-param name="text" select="'Status nu'"/></xsl:call-template>
              </fo:table-row>
            </fo:table-header>
            <fo:table-body>
              <xsl:for-each select="change">
                <fo:table-row keep-together="always">
                  <fo:table-cell xsl:use-attribute-sets="table-cell"><fo:block><xsl:value-of select="title"/></fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="table-cell"><fo:block><xsl:call-template name="change-kind-label"/></fo:block></fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="table-cell">
                    <fo:block>
                      <xsl:call-template name="change-status-text">
                        <xsl:with-param name="status" select="before"/>
                        <xsl:with-param name="previous" select="$changes/@previous"/>
                      </xsl:call-template>
                    </fo:block>
                  </fo:table-cell>
                  <fo:table-cell xsl:use-attribute-sets="table-cell">
                    <fo:block><xsl:call-template name="change-status-text"><xsl:with-param name="status" select="after"/></xsl:call-template></fo:block>
                  </fo:table-cell>
                </fo:table-row>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <fo:block xsl:use-attribute-sets="paragraph">Ingen forsøg eller ansøgninger har skiftet status fra <xsl:value-of select="$previous-text"/> til <xsl:value-of select="$as-of-text"/>.</fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
