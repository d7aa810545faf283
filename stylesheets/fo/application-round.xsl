<?xml version="1.0" encoding="UTF-8"?>
<!-- A round application as XSL-FO: the trials a network applies for in one round, generated
     from the trial data alone. Per trial: title, participating municipalities, the provisions it
     seeks exemption from (law, §, stk.) with its description and purpose, target group,
     expected results, the evaluation design's minimum (expected results, target group, method,
     any baseline; from the elements', the trial's or its trial-group's evaluation) and, where the
     data has them, considerations of citizens' legal certainty. A required part the data lacks
     is printed as a MANGLER note, never left out (src/compiler/check.c stops the build before that in a
     normal build). Included by fo/application.xsl (uses its $network, $draft, page.xsl). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:f="urn:frisk:functions"
    exclude-result-prefixes="f">

  <xsl:key name="app-rejection" match="rejection" use="@id"/>

  <!-- Context: the first trial-applications of a round. -->
  <xsl:template name="round-document">
    <xsl:variable name="round" select="string(@round)"/>
    <xsl:variable name="refs" select="../trial-applications[@round = $round]/trial-ref"/>
    <xsl:variable name="title">
      <xsl:call-template name="app-round-title"><xsl:with-param name="round" select="$round"/></xsl:call-template>
    </xsl:variable>
    <fo:root>
      <xsl:call-template name="app-metadata"><xsl:with-param name="title" select="$title"/></xsl:call-template>
      <xsl:call-template name="page-masters"/>
      <fo:bookmark-tree>
        <!-- the outline is the tree of the headings, as in the HTML (the title is not one) -->
        <fo:bookmark internal-destination="netvaerk"><fo:bookmark-title>Netværk og ansøgningsrunde</fo:bookmark-title></fo:bookmark>
        <fo:bookmark internal-destination="oversigt"><fo:bookmark-title>Oversigt over ansøgte forsøg</fo:bookmark-title></fo:bookmark>
        <xsl:for-each select="$refs">
          <fo:bookmark internal-destination="forsoeg-{@ref}">
            <fo:bookmark-title><xsl:value-of select="concat(position(), '. ')"/><xsl:call-template name="round-item-title"/></fo:bookmark-title>
            <xsl:for-each select="key('trial', @ref)"><xsl:call-template name="trial-outline"/></xsl:for-each>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark-tree>
      <fo:page-sequence master-reference="document" language="da" country="DK">
        <xsl:call-template name="running-header-footer">
          <xsl:with-param name="document-title" select="$title"/>
          <xsl:with-param name="mark" select="$draft-mark"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body">
          <fo:block xsl:use-attribute-sets="body-text">
            <fo:block id="ansoegning" xsl:use-attribute-sets="heading-1" role="P">
              <fo:marker marker-class-name="section">Frikommunenetværket ”<xsl:value-of select="$network/title"/>”</fo:marker>
              <xsl:value-of select="$title"/>
            </fo:block>
            <fo:block font-family="{$heading-font}" font-size="12pt" line-height="16pt" color="{$accent}" space-after="10pt" text-align="start">
              <xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '”')"/>
            </fo:block>
            <fo:block id="netvaerk" xsl:use-attribute-sets="caption" role="H1">Netværk og ansøgningsrunde</fo:block>
            <xsl:call-template name="round-facts"><xsl:with-param name="round" select="$round"/></xsl:call-template>
            <xsl:call-template name="round-intro">
              <xsl:with-param name="round" select="$round"/>
              <xsl:with-param name="count" select="count($refs)"/>
            </xsl:call-template>
            <xsl:call-template name="round-overview"><xsl:with-param name="refs" select="$refs"/></xsl:call-template>
            <xsl:for-each select="$refs">
              <xsl:call-template name="round-item"><xsl:with-param name="number" select="position()"/></xsl:call-template>
            </xsl:for-each>
            <fo:block id="document-end"/>
          </fo:block>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="round-item-title">
    <xsl:variable name="item" select="key('trial', @ref) | key('app-rejection', @ref)"/>
    <xsl:choose>
      <xsl:when test="$item/title"><xsl:value-of select="normalize-space($item/title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@ref"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The network, its members, lead, contact and the round, as a two-column table. -->
  <xsl:template name="round-facts">
    <xsl:param name="round"/>
    <xsl:variable name="r" select="/application/programme/rounds/round[@number = $round]"/>
    <xsl:variable name="date" select="(/application/trial-applications[@round = $round]/date)[1]"/>
    <fo:table table-layout="fixed" width="100%" space-after="12pt" xsl:use-attribute-sets="table-text" font-size="9pt" line-height="12.5pt">
      <fo:table-column column-width="proportional-column-width(30)"/>
      <fo:table-column column-width="proportional-column-width(70)"/>
      <fo:table-body>
        <xsl:call-template name="fact-row">
          <xsl:with-param name="label" select="'Frikommunenetværk'"/>
          <xsl:with-param name="value" select="string($network/title)"/>
        </xsl:call-template>
        <xsl:call-template name="fact-row">
          <xsl:with-param name="label" select="'Frikommuner'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-current-members($network)/name"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$network/lead">
          <xsl:call-template name="fact-row">
            <xsl:with-param name="label" select="'Netværksansvarlig kommune'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="$network/lead/@ref"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="(/application/contact | $network/contact)[1]">
          <xsl:call-template name="fact-row">
            <xsl:with-param name="label" select="'Kontaktperson'"/>
            <xsl:with-param name="value">
              <xsl:value-of select="name"/>
              <xsl:if test="title"><xsl:value-of select="concat(', ', title)"/></xsl:if>
              <xsl:if test="municipality">
                <xsl:text>, </xsl:text>
                <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
              </xsl:if>
              <xsl:for-each select="email"><xsl:value-of select="concat(' · E: ', .)"/></xsl:for-each>
              <xsl:for-each select="phone">
                <xsl:text> · </xsl:text><xsl:call-template name="phone-label"/><xsl:value-of select="concat(': ', .)"/>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="fact-row">
          <xsl:with-param name="label" select="'Ansøgningsrunde'"/>
          <xsl:with-param name="value">
            <xsl:call-template name="round-line"><xsl:with-param name="r" select="$r"/><xsl:with-param name="round" select="$round"/></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$date">
          <xsl:call-template name="fact-row">
            <xsl:with-param name="label" select="'Dato'"/>
            <xsl:with-param name="value">
              <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$date/@value"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- "2 (forsøgene kan træde i kraft 1. januar 2018)"; "forventes at kunne træde i kraft" for a
       round whose law is still pending. -->
  <xsl:template name="round-line">
    <xsl:param name="r"/>
    <xsl:param name="round"/>
    <xsl:value-of select="$round"/>
    <xsl:if test="$r/@in-force">
      <xsl:choose>
        <xsl:when test="$r/@expected = 'true'"> (forsøgene forventes at kunne træde i kraft </xsl:when>
        <xsl:otherwise> (forsøgene kan træde i kraft </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$r/@in-force"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:if test="$r/@deadline">
      <xsl:text>, ansøgningsfrist </xsl:text>
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$r/@deadline"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="fact-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:table-row>
      <fo:table-cell xsl:use-attribute-sets="table-cell" font-family="{$heading-font}" font-weight="bold">
        <fo:block><xsl:value-of select="$label"/></fo:block>
      </fo:table-cell>
      <fo:table-cell xsl:use-attribute-sets="table-cell"><fo:block><xsl:copy-of select="$value"/></fo:block></fo:table-cell>
    </fo:table-row>
  </xsl:template>

  <!-- The opening text: what is applied for, what each application gives, and the programme's
       limits (the invitation's rules, from programme/rules). -->
  <xsl:template name="round-intro">
    <xsl:param name="round"/>
    <xsl:param name="count"/>
    <xsl:variable name="rules" select="/application/programme/rules/rule[@kind = 'constitution' or @kind = 'eu-law' or @kind = 'economic-advantage' or @kind = 'legal-certainty']"/>
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '” ansøger hermed om ')"/>
      <xsl:call-template name="da-count-word"><xsl:with-param name="n" select="$count"/></xsl:call-template>
      <xsl:text> frikommuneforsøg</xsl:text>
      <xsl:value-of select="concat(' i ansøgningsrunde ', $round, '. ')"/>
      <xsl:text>For hvert forsøg angives de deltagende kommuner, de bestemmelser, der søges fritagelse fra, forsøgets formål og målgruppe samt evalueringsdesignets minimumsindhold: forventede resultater, målgruppe, evalueringsmetode og eventuel nulpunktsmåling</xsl:text>
      <xsl:if test="key('law', 'BEK-EVAL')">
        <xsl:text>, jf. </xsl:text>
        <xsl:value-of select="translate(substring(key('law', 'BEK-EVAL')/title, 1, 1), 'B', 'b')"/>
        <xsl:value-of select="substring(key('law', 'BEK-EVAL')/title, 2)"/>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </fo:block>
    <xsl:if test="$rules">
      <fo:block xsl:use-attribute-sets="paragraph" keep-with-next="always"><xsl:call-template name="round-rules-lead"/></fo:block>
      <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="10pt">
        <xsl:for-each select="$rules">
          <fo:list-item space-after="2pt">
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="inline"/></fo:block></fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="round-overview">
    <xsl:param name="refs"/>
    <fo:block id="oversigt" xsl:use-attribute-sets="caption" role="H1">Oversigt over ansøgte forsøg</fo:block>
    <fo:table table-layout="fixed" width="100%" border-collapse="collapse" xsl:use-attribute-sets="table-text" space-after="12pt">
      <fo:table-column column-width="proportional-column-width(6)"/>
      <fo:table-column column-width="proportional-column-width(36)"/>
      <fo:table-column column-width="proportional-column-width(36)"/>
      <fo:table-column column-width="proportional-column-width(22)"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="table-head-cell"><fo:block>Nr.</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="table-head-cell"><fo:block>Forsøg</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="table-head-cell"><fo:block>Fritagelse fra lovgivning</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="table-head-cell"><fo:block>Deltagende kommuner</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="$refs">
          <xsl:variable name="trial" select="key('trial', @ref)"/>
          <fo:table-row keep-together="always">
            <fo:table-cell xsl:use-attribute-sets="table-cell"><fo:block><xsl:value-of select="position()"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="table-cell">
              <fo:block font-weight="bold" hyphenate="true" language="da">
                <fo:basic-link internal-destination="forsoeg-{@ref}"><xsl:call-template name="round-item-title"/></fo:basic-link>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="table-cell">
              <fo:block>
                <xsl:choose>
                  <xsl:when test="$trial/element/exemption">
                    <xsl:for-each select="$trial/element/exemption">
                      <xsl:if test="position() &gt; 1">; </xsl:if>
                      <xsl:call-template name="provision-label"/>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise>Ikke angivet</xsl:otherwise>
                </xsl:choose>
              </fo:block>
            </fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="table-cell">
              <fo:block>
                <xsl:if test="$trial">
                  <xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-participants($trial)/name"/></xsl:call-template>
                </xsl:if>
              </fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- One trial application (context: its trial-ref). -->
  <xsl:template name="round-item">
    <xsl:param name="number"/>
    <xsl:variable name="trial" select="key('trial', @ref)"/>
    <xsl:variable name="rejection" select="key('app-rejection', @ref)"/>
    <fo:block id="forsoeg-{@ref}" xsl:use-attribute-sets="heading-2" space-before="18pt" role="H1">
      <xsl:if test="$number &gt; 1"><xsl:attribute name="break-before">page</xsl:attribute></xsl:if>
      <fo:marker marker-class-name="section"><xsl:value-of select="concat('Forsøg ', $number)"/></fo:marker>
      <xsl:value-of select="concat($number, '. ')"/><xsl:call-template name="round-item-title"/>
    </fo:block>
    <xsl:choose>
      <xsl:when test="$trial">
        <xsl:for-each select="$trial">
          <xsl:call-template name="trial-application"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$rejection/description/*" mode="block"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A part of a trial's application (context: the trial): H2 under the trial's H1, with the
       id its bookmark goes to (trial-outline). -->
  <xsl:template name="sub-heading">
    <xsl:param name="text"/>
    <xsl:param name="part"/>
    <fo:block id="forsoeg-{@id}-{$part}" xsl:use-attribute-sets="heading-3" role="H2"><xsl:value-of select="$text"/></fo:block>
  </xsl:template>

  <!-- The bookmarks of a trial's parts (context: the trial), the headings of trial-application
       and evaluation-design: the same parts under the same conditions. -->
  <xsl:template name="trial-outline">
    <xsl:variable name="evaluations" select="f:app-evaluations(.)"/>
    <xsl:variable name="id" select="concat('forsoeg-', @id, '-')"/>
    <fo:bookmark internal-destination="{$id}deltagere"><fo:bookmark-title>Deltagende kommuner</fo:bookmark-title></fo:bookmark>
    <fo:bookmark internal-destination="{$id}fritagelse"><fo:bookmark-title>Fritagelse fra lovgivning</fo:bookmark-title></fo:bookmark>
    <fo:bookmark internal-destination="{$id}beskrivelse"><fo:bookmark-title>Beskrivelse og formål</fo:bookmark-title></fo:bookmark>
    <fo:bookmark internal-destination="{$id}maalgruppe"><fo:bookmark-title>Målgruppe</fo:bookmark-title></fo:bookmark>
    <fo:bookmark internal-destination="{$id}resultater"><fo:bookmark-title>Forventede resultater</fo:bookmark-title></fo:bookmark>
    <fo:bookmark internal-destination="{$id}evaluering"><fo:bookmark-title>Evalueringsdesign</fo:bookmark-title>
      <xsl:for-each select="$evaluations">
        <xsl:variable name="e" select="concat($id, 'evaluering-', position(), '-')"/>
        <xsl:if test="method"><fo:bookmark internal-destination="{$e}metode"><fo:bookmark-title>Evalueringsmetode</fo:bookmark-title></fo:bookmark></xsl:if>
        <xsl:if test="data-sources"><fo:bookmark internal-destination="{$e}datakilder"><fo:bookmark-title>Datakilder</fo:bookmark-title></fo:bookmark></xsl:if>
        <xsl:if test="baseline"><fo:bookmark internal-destination="{$e}nulpunkt"><fo:bookmark-title>Nulpunktsmåling</fo:bookmark-title></fo:bookmark></xsl:if>
        <xsl:if test="control-group"><fo:bookmark internal-destination="{$e}kontrolgruppe"><fo:bookmark-title>Kontrolgruppe</fo:bookmark-title></fo:bookmark></xsl:if>
        <xsl:if test="schedule"><fo:bookmark internal-destination="{$e}maaleplan"><fo:bookmark-title>Måleplan</fo:bookmark-title></fo:bookmark></xsl:if>
      </xsl:for-each>
    </fo:bookmark>
    <xsl:if test="legal-certainty | element/legal-certainty | $evaluations/legal-certainty">
      <fo:bookmark internal-destination="{$id}retssikkerhed"><fo:bookmark-title>Borgernes retssikkerhed</fo:bookmark-title></fo:bookmark>
    </xsl:if>
  </xsl:template>

  <xsl:template name="missing">
    <xsl:param name="what"/>
    <fo:block border="1pt solid #b00020" color="#b00020" padding="3pt" space-after="6pt"
        font-family="{$heading-font}" font-weight="bold" font-size="9pt" text-align="start">
      <xsl:call-template name="app-missing-text"><xsl:with-param name="what" select="$what"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- Context: the trial. -->
  <xsl:template name="trial-application">
    <xsl:variable name="trial-id" select="@id"/>
    <xsl:variable name="evaluations" select="f:app-evaluations(.)"/>
    <xsl:variable name="target-groups" select="f:app-target-groups(.)"/>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Deltagende kommuner'"/><xsl:with-param name="part" select="'deltagere'"/></xsl:call-template>
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-participants(.)/name"/></xsl:call-template>
      <xsl:if test="not(participants)"> (alle netværkets kommuner)</xsl:if>
    </fo:block>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Fritagelse fra lovgivning'"/><xsl:with-param name="part" select="'fritagelse'"/></xsl:call-template>
    <xsl:for-each select="element">
      <xsl:if test="title"><fo:block font-weight="bold" keep-with-next="always"><xsl:apply-templates select="title/node()" mode="inline"/></fo:block></xsl:if>
      <xsl:choose>
        <xsl:when test="exemption">
          <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="4pt">
            <xsl:for-each select="exemption">
              <fo:list-item space-after="1pt">
                <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
                <fo:list-item-body start-indent="body-start()">
                  <fo:block text-align="start"><xsl:call-template name="exemption-text"/></fo:block>
                </fo:list-item-body>
              </fo:list-item>
            </xsl:for-each>
          </fo:list-block>
          <fo:block font-size="8.5pt" line-height="11pt" color="#444444" space-after="6pt" text-align="start">
            <xsl:for-each select="exemption[not(@law = preceding-sibling::exemption/@law)]">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <xsl:call-template name="law-label"><xsl:with-param name="law" select="key('law', current()/@law)"/></xsl:call-template>
              <xsl:value-of select="concat(': ', key('law', @law)/title)"/>
            </xsl:for-each>
          </fo:block>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="missing"><xsl:with-param name="what" select="'Bestemmelserne (lov, §, stk.), der søges fritagelse fra,'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Beskrivelse og formål'"/><xsl:with-param name="part" select="'beskrivelse'"/></xsl:call-template>
    <xsl:for-each select="element">
      <xsl:apply-templates select="text/*" mode="block"/>
      <xsl:if test="purpose">
        <fo:block font-style="italic" keep-with-next="always">Formål:</fo:block>
        <xsl:apply-templates select="purpose/*" mode="block"/>
      </xsl:if>
    </xsl:for-each>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Målgruppe'"/><xsl:with-param name="part" select="'maalgruppe'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$target-groups"><xsl:apply-templates select="$target-groups/*" mode="block"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="missing"><xsl:with-param name="what" select="'Målgruppen'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Forventede resultater'"/><xsl:with-param name="part" select="'resultater'"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="$evaluations/expected-results/result">
        <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="6pt">
          <xsl:for-each select="$evaluations/expected-results/result">
            <fo:list-item space-after="2pt">
              <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
              <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates mode="inline"/></fo:block></fo:list-item-body>
            </fo:list-item>
          </xsl:for-each>
        </fo:list-block>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="missing"><xsl:with-param name="what" select="'Forventede resultater'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Evalueringsdesign'"/><xsl:with-param name="part" select="'evaluering'"/></xsl:call-template>
    <xsl:for-each select="$evaluations">
      <xsl:call-template name="evaluation-design">
        <xsl:with-param name="trial" select="current()"/>
        <xsl:with-param name="id" select="concat('forsoeg-', $trial-id, '-evaluering-', position(), '-')"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="not($evaluations/method)">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Evalueringsmetoden'"/></xsl:call-template>
    </xsl:if>

    <!-- Legal certainty (retssikkerhed): printed where the data records considerations. -->
    <xsl:variable name="legal" select="legal-certainty | element/legal-certainty | $evaluations/legal-certainty"/>
    <xsl:if test="$legal">
      <xsl:call-template name="sub-heading"><xsl:with-param name="text" select="'Borgernes retssikkerhed'"/><xsl:with-param name="part" select="'retssikkerhed'"/></xsl:call-template>
      <xsl:apply-templates select="$legal/*" mode="block"/>
    </xsl:if>
  </xsl:template>

  <!-- "SEL § 140, stk. 3-7", with the kind when it is not a plain exemption. -->
  <xsl:template name="exemption-text">
    <xsl:choose>
      <xsl:when test="@kind = 'extension'">Udvidelse af </xsl:when>
      <xsl:when test="@kind = 'new-authority'">Ny hjemmel i </xsl:when>
    </xsl:choose>
    <xsl:call-template name="provision-label"/>
    <xsl:if test="normalize-space(.) != ''"><xsl:value-of select="concat(' – ', normalize-space(.))"/></xsl:if>
  </xsl:template>

  <!-- One evaluation design (context: the evaluation). -->
  <xsl:template name="evaluation-design">
    <xsl:param name="trial"/>
    <xsl:param name="id"/> <!-- its parts' headings: H3 under "Evalueringsdesign" (trial-outline) -->
    <xsl:variable name="group" select="parent::trial-group"/>
    <xsl:if test="$group">
      <fo:block xsl:use-attribute-sets="paragraph">
        <xsl:text>Evalueringsdesignet er fælles for forsøgene </xsl:text>
        <xsl:for-each select="//trial[@group = $group/@id]">
          <xsl:if test="position() &gt; 1">
            <xsl:choose><xsl:when test="position() = last()"> og </xsl:when><xsl:otherwise>, </xsl:otherwise></xsl:choose>
          </xsl:if>
          <xsl:value-of select="concat('”', normalize-space(title), '”')"/>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </fo:block>
    </xsl:if>
    <xsl:variable name="types">
      <xsl:call-template name="app-evaluation-types"><xsl:with-param name="types" select="@types"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="responsible">
      <xsl:call-template name="app-evaluation-responsible"><xsl:with-param name="evaluation" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($types) != '' or string($responsible) != ''">
      <fo:block xsl:use-attribute-sets="paragraph">
        <xsl:if test="string($types) != ''">
          <fo:inline font-weight="bold">Evalueringsform: </fo:inline>
          <xsl:value-of select="concat(translate(substring($types, 1, 1), 'epvi', 'EPVI'), substring($types, 2))"/>
          <xsl:if test="string($responsible) != ''">. </xsl:if>
        </xsl:if>
        <xsl:if test="string($responsible) != ''"><xsl:value-of select="concat($responsible, '.')"/></xsl:if>
      </fo:block>
    </xsl:if>
    <xsl:for-each select="evaluator">
      <fo:block xsl:use-attribute-sets="paragraph"><fo:inline font-weight="bold"><xsl:value-of select="@org"/>: </fo:inline><xsl:apply-templates mode="inline"/></fo:block>
    </xsl:for-each>
    <xsl:if test="method">
      <fo:block id="{$id}metode" role="H3" font-weight="bold" keep-with-next="always">Evalueringsmetode</fo:block>
      <xsl:apply-templates select="method/*" mode="block"/>
    </xsl:if>
    <xsl:if test="data-sources">
      <fo:block id="{$id}datakilder" role="H3" font-weight="bold" keep-with-next="always">Datakilder</fo:block>
      <fo:list-block provisional-distance-between-starts="1.5em" provisional-label-separation="0.5em" space-after="6pt">
        <xsl:for-each select="data-sources/data-source">
          <fo:list-item space-after="1pt">
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="end">•</fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()"><fo:block text-align="start"><xsl:apply-templates mode="inline"/></fo:block></fo:list-item-body>
          </fo:list-item>
        </xsl:for-each>
      </fo:list-block>
    </xsl:if>
    <xsl:if test="baseline">
      <fo:block id="{$id}nulpunkt" role="H3" font-weight="bold" keep-with-next="always">Nulpunktsmåling</fo:block>
      <xsl:apply-templates select="baseline/*" mode="block"/>
    </xsl:if>
    <xsl:if test="control-group">
      <fo:block id="{$id}kontrolgruppe" role="H3" font-weight="bold" keep-with-next="always">Kontrolgruppe</fo:block>
      <xsl:apply-templates select="control-group/*" mode="block"/>
    </xsl:if>
    <xsl:if test="schedule">
      <fo:block id="{$id}maaleplan" role="H3" font-weight="bold" keep-with-next="always">Måleplan</fo:block>
      <xsl:for-each select="schedule/measurement">
        <fo:block text-align="start">
          <xsl:if test="@date"><xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@date"/></xsl:call-template>: </xsl:if>
          <xsl:apply-templates mode="inline"/>
        </fo:block>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
