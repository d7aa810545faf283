<?xml version="1.0" encoding="UTF-8"?>
<!-- A network's application as XSL-FO (frisk's typesetter; Apache FOP reads the same file).
     Returns a bundle: the application itself (applications/NAME.pdf: cover, covering letter
     with signatures, date and contact person, sections 1–N with the generated municipality
     profiles and focus areas, pull quotes set apart) and one round application per round it
     applies in (applications/<network>-runde-<N>.pdf, stylesheets/fo/application-round.xsl),
     generated from the trial data. Shared logic: common/application-structure.xsl; page
     design: page.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:frisk="urn:frisk:fo"
    xmlns:f="urn:frisk:functions"
    xmlns:b="urn:frisk:bundle"
    exclude-result-prefixes="f">

  <!-- Imported, not included: this stylesheet sets pull quotes its own way (the original's
       large quotes between rules), which needs higher precedence than the shared template. -->
  <xsl:import href="rich-text.xsl"/>

  <xsl:include href="../common/danish.xsl"/>
  <xsl:include href="../common/refs.xsl"/>
  <xsl:include href="../common/status.xsl"/>
  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="../common/application-structure.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="application-round.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="source-file"/>
  <!-- "true" for a draft (status="draft"): every page and the PDF's metadata say KLADDE, and
       the template's placeholders left are highlighted. -->
  <xsl:param name="draft" select="string(/application/@status = 'draft')"/>
  <xsl:variable name="draft-mark"><xsl:if test="$draft = 'true'">KLADDE</xsl:if></xsl:variable>
  <!-- The background of a placeholder left from the template, in a draft. -->
  <xsl:variable name="placeholder-colour">#fff0a0</xsl:variable>

  <xsl:variable name="network" select="key('network', /application/@network)"/>

  <xsl:template match="/application">
    <b:bundle>
      <b:file>
        <xsl:attribute name="href">
          <xsl:call-template name="app-main-href">
            <xsl:with-param name="source-file" select="$source-file"/>
            <xsl:with-param name="extension" select="'pdf'"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:call-template name="application-document"/>
      </b:file>
      <xsl:for-each select="trial-applications[not(@round = preceding-sibling::trial-applications/@round)]">
        <b:file>
          <xsl:attribute name="href">
            <xsl:call-template name="app-round-href">
              <xsl:with-param name="round" select="@round"/>
              <xsl:with-param name="extension" select="'pdf'"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="round-document"/>
        </b:file>
      </xsl:for-each>
    </b:bundle>
  </xsl:template>

  <!-- Metadata every PDF of the application carries. -->
  <xsl:template name="app-metadata">
    <xsl:param name="title"/>
    <xsl:attribute name="frisk:title">
      <xsl:if test="$draft = 'true'">KLADDE – </xsl:if>
      <xsl:value-of select="$title"/>
    </xsl:attribute>
    <xsl:attribute name="frisk:author">
      <xsl:for-each select="/application/signatories/signatory">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
      </xsl:for-each>
    </xsl:attribute>
    <xsl:attribute name="frisk:subject">
      <xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '”')"/>
    </xsl:attribute>
    <xsl:attribute name="frisk:keywords">
      <xsl:if test="$draft = 'true'">KLADDE, </xsl:if>
      <xsl:text>frikommuneforsøg, ansøgning, </xsl:text><xsl:value-of select="$network/title"/>
    </xsl:attribute>
    <xsl:if test="string-length(/application/date/@value) &gt;= 4">
      <xsl:attribute name="frisk:creation-date">
        <xsl:value-of select="/application/date/@value"/>
        <xsl:if test="string-length(/application/date/@value) = 4">-01</xsl:if>
        <xsl:if test="string-length(/application/date/@value) &lt;= 7">-01</xsl:if>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ==== the application itself ==================================================== -->

  <xsl:template name="application-document">
    <fo:root>
      <xsl:call-template name="app-metadata"><xsl:with-param name="title" select="title"/></xsl:call-template>
      <xsl:call-template name="page-masters"/>
      <fo:bookmark-tree>
        <fo:bookmark internal-destination="foelgebrev"><fo:bookmark-title><xsl:value-of select="title"/></fo:bookmark-title>
          <xsl:apply-templates select="dispensation-request" mode="bookmark"/>
        </fo:bookmark>
        <xsl:apply-templates select="section" mode="bookmark"/>
      </fo:bookmark-tree>
      <xsl:call-template name="cover"/>
      <fo:page-sequence master-reference="document" language="da" country="DK">
        <xsl:call-template name="running-header-footer">
          <xsl:with-param name="document-title" select="title"/>
          <xsl:with-param name="mark" select="$draft-mark"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block xsl:use-attribute-sets="body-text">
            <xsl:call-template name="covering-letter"/>
            <xsl:apply-templates select="section"/>
            <fo:block id="document-end"/>
          </fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="cover">
    <fo:page-sequence master-reference="title" language="da" country="DK">
      <fo:flow flow-name="xsl-region-body">
        <xsl:if test="$draft = 'true'">
          <fo:block font-family="{$heading-font}" font-size="14pt" font-weight="bold" color="#b00020"
              border="1.5pt solid #b00020" padding="3pt" space-after="6mm" text-align="center">KLADDE – ikke indsendt</fo:block>
        </xsl:if>
        <fo:block font-family="{$heading-font}" color="{$accent}" text-align="start" hyphenate="false">
          <fo:block font-size="11pt" font-weight="bold" space-after="75mm" color="#333333">
            <xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '”')"/>
          </fo:block>
          <fo:block font-size="26pt" line-height="32pt" font-weight="bold" space-after="10mm"
              border-bottom="2pt solid {$accent}" padding-bottom="6mm">
            <xsl:call-template name="app-upper"><xsl:with-param name="text" select="title"/></xsl:call-template>
          </fo:block>
          <xsl:if test="theme">
            <fo:block font-size="16pt" line-height="22pt" space-after="60mm">
              <xsl:text>Tema: ”</xsl:text><xsl:apply-templates select="theme/node()" mode="inline"/><xsl:text>”</xsl:text>
            </fo:block>
          </xsl:if>
          <fo:block font-size="11pt" line-height="16pt" color="#333333">
            <xsl:for-each select="signatories/signatory">
              <fo:block>
                <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
              </fo:block>
            </xsl:for-each>
          </fo:block>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="covering-letter">
    <fo:block id="foelgebrev" xsl:use-attribute-sets="heading-1">
      <fo:marker marker-class-name="section">Følgebrev</fo:marker>
      <xsl:apply-templates select="title/node()" mode="inline"/>
    </fo:block>
    <xsl:apply-templates select="letter/*" mode="block"/>
    <xsl:if test="normalize-space(letter) = ''">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Følgebrevet'"/></xsl:call-template>
    </xsl:if>
    <xsl:apply-templates select="dispensation-request"/>
    <xsl:if test="not(signatories/signatory)">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Underskrifterne'"/></xsl:call-template>
    </xsl:if>
    <xsl:call-template name="signature-block"/>
    <xsl:if test="not(date)">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Datoen'"/></xsl:call-template>
    </xsl:if>
    <xsl:apply-templates select="contact"/>
    <xsl:apply-templates select="lead-pending"/>
    <xsl:if test="not(contact | lead-pending)">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Kontaktpersonen'"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A request to depart from one of the invitation's rules, under the letter where the
       ministry reads first: the rule quoted from the programme, then the reason. -->
  <xsl:template match="dispensation-request">
    <fo:block border-left="2pt solid {$accent}" padding-left="4mm" space-before="10pt" space-after="10pt" keep-together="always">
      <fo:block id="dispensation-{count(preceding-sibling::dispensation-request) + 1}" role="H2"
          font-family="{$heading-font}" font-weight="bold" font-size="10pt" color="{$accent}" space-after="4pt">
        <xsl:call-template name="dispensation-heading-text"/>
      </fo:block>
      <xsl:apply-templates select="*" mode="block"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="dispensation-heading-text">
    <xsl:text>Anmodning om dispensation</xsl:text>
    <xsl:variable name="rule" select="/application/programme/rules/rule[@kind = current()/@rule]"/>
    <xsl:if test="$rule">
      <xsl:text> fra invitationens regel: ”</xsl:text><xsl:value-of select="normalize-space($rule)"/><xsl:text>”</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="dispensation-request" mode="bookmark">
    <fo:bookmark internal-destination="dispensation-{count(preceding-sibling::dispensation-request) + 1}">
      <fo:bookmark-title><xsl:call-template name="dispensation-heading-text"/></fo:bookmark-title>
    </fo:bookmark>
  </xsl:template>

  <!-- No lead municipality yet: when it will be appointed, and the interim contact. -->
  <xsl:template match="lead-pending">
    <fo:block space-before="10pt" font-family="{$heading-font}" font-size="9.5pt" line-height="13pt" text-align="start">
      <fo:block font-weight="bold">
        <xsl:text>Netværksansvarlig kommune udpeges</xsl:text>
        <xsl:if test="@by">
          <xsl:text> senest </xsl:text>
          <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@by"/></xsl:call-template>
        </xsl:if>
        <xsl:text>. Indtil da er kontaktpersonen:</xsl:text>
      </fo:block>
      <xsl:apply-templates select="*[not(self::contact)]" mode="block"/>
    </fo:block>
    <xsl:apply-templates select="contact"/>
  </xsl:template>

  <!-- The mayors side by side, three to a row, as the original; the date under them. -->
  <xsl:template name="signature-block">
    <xsl:variable name="per-row" select="3"/>
    <fo:table table-layout="fixed" width="100%" space-before="16pt" keep-together="always">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="signatories/signatory[position() mod $per-row = 1]">
          <fo:table-row>
            <xsl:for-each select=". | following-sibling::signatory[position() &lt; $per-row]">
              <fo:table-cell padding-end="4mm" padding-bottom="8pt">
                <xsl:call-template name="placeholder-background"/>
                <fo:block text-align="start" hyphenate="false" font-family="{$heading-font}" font-size="9.5pt" line-height="13pt">
                  <fo:block font-weight="bold"><xsl:value-of select="name"/></fo:block>
                  <fo:block><xsl:value-of select="title"/></fo:block>
                  <fo:block space-before="8pt">
                    <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
                  </fo:block>
                </fo:block>
              </fo:table-cell>
            </xsl:for-each>
            <!-- A short last row is filled with empty cells. -->
            <xsl:variable name="n" select="count(. | following-sibling::signatory[position() &lt; $per-row])"/>
            <xsl:if test="$n &lt; 3"><fo:table-cell><fo:block/></fo:table-cell></xsl:if>
            <xsl:if test="$n &lt; 2"><fo:table-cell><fo:block/></fo:table-cell></xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
    <xsl:if test="date">
      <fo:block font-family="{$heading-font}" font-size="9.5pt" font-weight="bold" space-before="6pt" space-after="12pt" text-align="start">
        <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="date/@value"/></xsl:call-template>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template match="contact">
    <fo:block background-color="{$shade}" padding="4mm" space-before="10pt" space-after="10pt"
        text-align="start" hyphenate="false" font-family="{$heading-font}"
        font-size="9.5pt" line-height="13pt">
      <xsl:call-template name="placeholder-background"/>
      <fo:block space-after="4pt">Spørgsmål og korrespondance i forbindelse med nærværende ansøgning kan rettes til:</fo:block>
      <fo:block font-weight="bold"><xsl:value-of select="name"/></fo:block>
      <xsl:variable name="role">
        <xsl:for-each select="title | unit | municipality">
          <xsl:if test="position() &gt; 1"> - </xsl:if>
          <xsl:choose>
            <xsl:when test="self::municipality">
              <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="@ref"/></xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:variable>
      <xsl:if test="string($role) != ''"><fo:block><xsl:value-of select="$role"/></fo:block></xsl:if>
      <xsl:for-each select="email">
        <fo:block space-before="4pt">E: <fo:basic-link external-destination="mailto:{normalize-space(.)}" color="#0b5394"><xsl:value-of select="."/></fo:basic-link></fo:block>
      </xsl:for-each>
      <xsl:for-each select="phone">
        <fo:block><xsl:call-template name="phone-label"/>: <xsl:value-of select="."/></fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- In a draft, a part still holding the template's example gets a highlighted background. -->
  <xsl:template name="placeholder-background">
    <xsl:if test="$draft = 'true' and descendant-or-self::*/@placeholder">
      <xsl:attribute name="background-color"><xsl:value-of select="$placeholder-colour"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- Text of a placeholder left from the template, highlighted in a draft (the application's
       own placeholder="…" names its network only, so the root is left out). -->
  <xsl:template match="text()[ancestor::*[@placeholder][not(self::application)]]" mode="inline">
    <xsl:choose>
      <xsl:when test="$draft = 'true'"><fo:inline background-color="{$placeholder-colour}"><xsl:value-of select="."/></fo:inline></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "M" (mobil), "D" (direkte), "T" (telefon), as the original's contact lines. -->
  <xsl:template name="phone-label">
    <xsl:choose>
      <xsl:when test="@kind = 'mobile'">M</xsl:when>
      <xsl:when test="@kind = 'direct'">D</xsl:when>
      <xsl:otherwise>T</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="application/section">
    <fo:block id="afsnit-{@number}" xsl:use-attribute-sets="heading-1" space-before="20pt">
      <xsl:if test="not(preceding-sibling::section)">
        <xsl:attribute name="break-before">page</xsl:attribute>
      </xsl:if>
      <fo:marker marker-class-name="section"><xsl:value-of select="concat(@number, '. ', title)"/></fo:marker>
      <xsl:value-of select="concat(@number, '. ', title)"/>
    </fo:block>
    <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
    <xsl:apply-templates select="section" mode="block"/>
  </xsl:template>

  <!-- A sub-section: "4.1  Title" (or the title alone, numbered="false"), H2 and deeper (the
       level of its bookmark: the sections beside the covering letter are H1); the running
       header names it on the page it begins on. -->
  <xsl:template match="section/section" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="text"><xsl:call-template name="app-section-heading-text"/></xsl:variable>
    <xsl:variable name="level" select="count(ancestor::section) + 1"/>
    <xsl:variable name="content">
      <fo:marker marker-class-name="section"><xsl:value-of select="$text"/></fo:marker>
      <xsl:value-of select="$text"/>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$level = 2">
        <fo:block id="{$anchor}" xsl:use-attribute-sets="heading-2"><xsl:copy-of select="$content"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:block id="{$anchor}" role="H{$level - ($level - 6) * number($level &gt; 6)}" xsl:use-attribute-sets="heading-3"><xsl:copy-of select="$content"/></fo:block>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
    <xsl:apply-templates select="section" mode="block"/>
  </xsl:template>

  <xsl:template name="app-section-heading-text">
    <xsl:choose>
      <xsl:when test="parent::application"><xsl:value-of select="concat(@number, '. ', title)"/></xsl:when>
      <xsl:when test="ancestor-or-self::section[@numbered = 'false']"><xsl:value-of select="title"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="section-number"/><xsl:value-of select="concat('  ', title)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The PDF outline: the sections, the municipality profiles in them and their
       sub-sections, in the order of their headings (the HTML's heading tree). -->
  <xsl:template match="section" mode="bookmark">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <fo:bookmark internal-destination="{$anchor}">
      <fo:bookmark-title><xsl:call-template name="app-section-heading-text"/></fo:bookmark-title>
      <xsl:apply-templates select="*[not(self::title or self::section)]/descendant-or-self::municipality-profiles" mode="bookmark"/>
      <xsl:apply-templates select="section" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>

  <xsl:template match="municipality-profiles" mode="bookmark">
    <xsl:call-template name="profile-bookmarks">
      <xsl:with-param name="ids"><xsl:call-template name="profile-ids"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="profile-bookmarks">
    <xsl:param name="ids"/>
    <xsl:variable name="first" select="substring-before(concat(normalize-space($ids), ' '), ' ')"/>
    <xsl:if test="$first != ''">
      <fo:bookmark internal-destination="profil-{$first}">
        <fo:bookmark-title><xsl:value-of select="key('municipality', $first)/name"/></fo:bookmark-title>
      </fo:bookmark>
      <xsl:call-template name="profile-bookmarks">
        <xsl:with-param name="ids" select="substring-after(normalize-space($ids), ' ')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Pull quotes as the original sets them: large, between rules, apart from the text. -->
  <xsl:template match="pull-quote" mode="block">
    <fo:block margin-left="12mm" margin-right="12mm" space-before="14pt" space-after="14pt"
        padding-top="6pt" padding-bottom="6pt" border-top="1pt solid {$accent}"
        border-bottom="1pt solid {$accent}" font-family="{$heading-font}" font-style="italic"
        font-size="14pt" line-height="19pt" color="{$accent}" text-align="center"
        hyphenate="false">
      <xsl:value-of select="'”'"/><xsl:apply-templates mode="inline"/><xsl:value-of select="'”'"/>
    </fo:block>
  </xsl:template>

  <!-- Section 2: one profile per municipality, side by side (three to a row). -->
  <!-- The members' ids in the order the profiles show them (context: municipality-profiles). -->
  <xsl:template name="profile-ids">
    <xsl:variable name="order" select="string(@order)"/>
    <xsl:for-each select="f:app-current-members(key('network', current()/@network))">
      <xsl:sort select="string-length(substring-before(concat(' ', normalize-space($order), ' '), concat(' ', @id, ' '))) + 100000 * number(not(contains(concat(' ', normalize-space($order), ' '), concat(' ', @id, ' '))))" data-type="number"/>
      <xsl:value-of select="concat(@id, ' ')"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="municipality-profiles" mode="block">
    <xsl:variable name="sorted"><xsl:call-template name="profile-ids"/></xsl:variable>
    <fo:table table-layout="fixed" width="100%" space-before="6pt" space-after="10pt"
        font-family="{$heading-font}" font-size="9pt" line-height="12.5pt" text-align="start">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:call-template name="profile-rows"><xsl:with-param name="ids" select="normalize-space($sorted)"/></xsl:call-template>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="profile-rows">
    <xsl:param name="ids"/>
    <xsl:if test="$ids != ''">
      <xsl:variable name="a" select="substring-before(concat($ids, ' '), ' ')"/>
      <xsl:variable name="rest1" select="substring-after($ids, ' ')"/>
      <xsl:variable name="b" select="substring-before(concat($rest1, ' '), ' ')"/>
      <xsl:variable name="rest2" select="substring-after($rest1, ' ')"/>
      <xsl:variable name="c" select="substring-before(concat($rest2, ' '), ' ')"/>
      <fo:table-row keep-together="always">
        <xsl:call-template name="profile-cell"><xsl:with-param name="id" select="$a"/></xsl:call-template>
        <xsl:call-template name="profile-cell"><xsl:with-param name="id" select="$b"/></xsl:call-template>
        <xsl:call-template name="profile-cell"><xsl:with-param name="id" select="$c"/></xsl:call-template>
      </fo:table-row>
      <xsl:call-template name="profile-rows"><xsl:with-param name="ids" select="substring-after($rest2, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="profile-cell">
    <xsl:param name="id"/>
    <xsl:variable name="level" select="count(ancestor::section) + 1 - (count(ancestor::section) - 5) * number(count(ancestor::section) &gt; 5)"/>
    <xsl:variable name="m" select="key('municipality', $id)"/>
    <fo:table-cell padding="3mm" border-right="2mm solid #ffffff" border-bottom="2mm solid #ffffff">
      <xsl:if test="$m"><xsl:attribute name="background-color"><xsl:value-of select="$shade"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$m">
          <!-- a heading under its section's (the HTML's h3), with its bookmark -->
          <fo:block id="profil-{$id}" role="H{$level}" font-size="12pt" line-height="16pt" font-weight="bold" color="{$accent}" space-after="4pt" keep-with-next="always">
            <xsl:value-of select="$m/name"/>
          </fo:block>
          <xsl:if test="$m/population">
            <fo:block space-after="4pt">
              <fo:inline font-weight="bold">Indbyggertal (<xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$m/population/@date"/></xsl:call-template>):</fo:inline>
              <xsl:text> </xsl:text>
              <xsl:call-template name="da-number"><xsl:with-param name="n" select="$m/population/@value"/></xsl:call-template>
            </fo:block>
          </xsl:if>
          <fo:block space-after="4pt"><fo:inline font-weight="bold">Region:</fo:inline><xsl:value-of select="concat(' ', $m/@region)"/></fo:block>
          <xsl:if test="$m/collaborations/partner">
            <fo:block space-after="4pt" hyphenate="true" language="da">
              <fo:inline font-weight="bold">Nære samarbejdsrelationer:</fo:inline><xsl:text> </xsl:text>
              <xsl:call-template name="app-partners"><xsl:with-param name="partners" select="$m/collaborations/partner"/></xsl:call-template>
            </fo:block>
          </xsl:if>
          <xsl:if test="$m/political-goals/goal">
            <fo:block hyphenate="true" language="da">
              <fo:inline font-weight="bold">Centrale politiske målsætninger:</fo:inline><xsl:text> </xsl:text>
              <xsl:call-template name="app-goals"><xsl:with-param name="goals" select="$m/political-goals/goal"/></xsl:call-template>
            </fo:block>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><fo:block/></xsl:otherwise>
      </xsl:choose>
    </fo:table-cell>
  </xsl:template>

  <!-- Section 4: "A. De udsatte børn og unge (2016 - 2019)". -->
  <xsl:template match="focus-area-list" mode="block">
    <fo:list-block provisional-distance-between-starts="8mm" provisional-label-separation="2mm" space-after="8pt">
      <xsl:for-each select="key('network', @network)/focus-areas/focus-area">
        <fo:list-item space-after="4pt">
          <fo:list-item-label end-indent="label-end()">
            <fo:block font-weight="bold"><xsl:value-of select="concat(@label, '.')"/></fo:block>
          </fo:list-item-label>
          <fo:list-item-body start-indent="body-start()">
            <fo:block text-align="start">
              <xsl:apply-templates mode="inline"/>
              <xsl:call-template name="app-focus-area-period"/>
            </fo:block>
          </fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>

  <!-- A quantified figure in an expected result: the source's wording, else the value. -->
  <xsl:template match="figure" mode="inline">
    <xsl:choose>
      <xsl:when test="node()"><xsl:apply-templates mode="inline"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="da-number"><xsl:with-param name="n" select="@value"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="@unit = 'procent'"> pct.</xsl:when>
          <xsl:when test="@unit"><xsl:value-of select="concat(' ', @unit)"/></xsl:when>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
