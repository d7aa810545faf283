<?xml version="1.0" encoding="UTF-8"?>
<!-- Open data: the columns of trials, networks and municipalities as neutral tables
     (<table><column name=…>description</column><row><cell>…), which frisk's opendata.c writes as
     CSV (UTF-8 with BOM, ';', CRLF, formula guard) and JSON. The columns are defined here and
     only here: the web site's documentation page reads the same <column> descriptions.
     Run alone (`frisk export-csv`) it returns a bundle of the data files; the web stylesheet
     imports it and puts the same files under web/data/.
     The site and the open data show each status as of the newest data (status.xsl with an empty
     as-of date). trials.csv is also what `frisk import-csv` reads: fritagelse_koder, kommunekoder,
     status_kode, startdato, runde, tekst, forsoeg and the ids are its input; the other columns
     are derived and ignored on import. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:b="urn:frisk:bundle"
    xmlns:exsl="http://exslt.org/common"
    xmlns:frisk="urn:frisk:functions"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="b exsl frisk">

  <!-- The common modules, each once (status.xsl): a stylesheet importing this one gets them. -->
  <xsl:include href="danish.xsl"/>
  <xsl:include href="refs.xsl"/>
  <xsl:include href="status.xsl"/>

  <xsl:output method="xml" encoding="UTF-8"/>

  <!-- Folder of the data files inside the bundle ('' for export-csv, 'web/data/' for the site). -->
  <xsl:param name="data-prefix" select="''"/>

  <xsl:template match="/">
    <b:bundle>
      <xsl:call-template name="opendata-files"/>
    </b:bundle>
  </xsl:template>

  <xsl:template name="opendata-files">
    <xsl:param name="prefix" select="$data-prefix"/>
    <xsl:variable name="trials"><xsl:call-template name="trials-table"/></xsl:variable>
    <xsl:variable name="networks"><xsl:call-template name="networks-table"/></xsl:variable>
    <xsl:variable name="municipalities"><xsl:call-template name="municipalities-table"/></xsl:variable>
    <b:file href="{$prefix}trials.csv" format="csv"><xsl:copy-of select="$trials"/></b:file>
    <b:file href="{$prefix}trials.json" format="json"><xsl:copy-of select="$trials"/></b:file>
    <b:file href="{$prefix}networks.csv" format="csv"><xsl:copy-of select="$networks"/></b:file>
    <b:file href="{$prefix}networks.json" format="json"><xsl:copy-of select="$networks"/></b:file>
    <b:file href="{$prefix}municipalities.csv" format="csv"><xsl:copy-of select="$municipalities"/></b:file>
    <b:file href="{$prefix}municipalities.json" format="json"><xsl:copy-of select="$municipalities"/></b:file>
  </xsl:template>

  <!-- A status kind without dates, in status.xsl's wording: the filter's and legend's label. -->
  <xsl:template name="od-status-kind-label">
    <xsl:param name="kind"/>
    <xsl:variable name="status"><status kind="{$kind}"/></xsl:variable>
    <xsl:call-template name="status-entry-label">
      <xsl:with-param name="status" select="exsl:node-set($status)/status"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== Shared pieces ===================================================================== -->

  <!-- The municipalities of a trial: its participants, else the network's current members. -->
  <xsl:template name="od-trial-municipalities">
    <xsl:param name="trial"/>
    <xsl:variable name="net" select="$trial/ancestor::network[1]"/>
    <xsl:choose>
      <xsl:when test="$trial/participants">
        <xsl:for-each select="$trial/participants/municipality-ref">
          <xsl:copy-of select="key('municipality', @ref)"/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$net/members/member[not(@ref = $net/left/@ref)]">
          <xsl:copy-of select="key('municipality', @ref)"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An exemption with the law's id, in the form import-csv reads back:
       "LAB § 48, stk. 1", "LOUB §§ 9-12", "ANVL (visse dele)", "BEK-MAGT § 3 (udvidelse)". -->
  <xsl:template name="exemption-code">
    <xsl:param name="e" select="."/>
    <xsl:variable name="part">
      <xsl:call-template name="provision-part"><xsl:with-param name="p" select="$e"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="$e/@law"/>
    <xsl:if test="string($part) != ''"><xsl:value-of select="concat(' ', $part)"/></xsl:if>
    <xsl:if test="$e/@extent = 'parts'"> (visse dele)</xsl:if>
    <xsl:if test="$e/@kind = 'extension'"> (udvidelse)</xsl:if>
    <xsl:if test="$e/@kind = 'new-authority'"> (ny hjemmel)</xsl:if>
  </xsl:template>

  <!-- An exemption as people read it: "LAB § 48, stk. 1", "udvidelse af BEK-MAGT § 3". -->
  <xsl:template name="exemption-label">
    <xsl:param name="e" select="."/>
    <xsl:if test="$e/@kind = 'extension'">udvidelse af </xsl:if>
    <xsl:if test="$e/@kind = 'new-authority'">ny hjemmel i </xsl:if>
    <xsl:call-template name="provision-label"><xsl:with-param name="p" select="$e"/></xsl:call-template>
  </xsl:template>

  <!-- Rich text as plain lines: one line per paragraph or list item (footnotes left out), each
       its own text normalised. opendata.c compares with the same rule on import. -->
  <xsl:template name="plain-lines">
    <xsl:param name="blocks"/>
    <xsl:for-each select="$blocks//*[self::p or self::item][not(ancestor::footnote)]">
      <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
      <xsl:variable name="me" select="generate-id()"/>
      <xsl:variable name="raw">
        <xsl:for-each select=".//text()[not(ancestor::footnote)][generate-id(ancestor::*[self::p or self::item or self::list][1]) = $me]">
          <xsl:value-of select="."/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:value-of select="normalize-space($raw)"/>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== trials: one row per trial element ================================================= -->

  <xsl:template name="trials-columns">
    <column name="netvaerk_id">Netværkets id, fx <code>akut</code>.</column>
    <column name="netvaerk">Netværkets titel.</column>
    <column name="forsoeg_id">Forsøgets id. Et forsøg med flere elementer har én række pr. element med samme id.</column>
    <column name="forsoeg">Forsøgets titel.</column>
    <column name="runde" type="number">Ansøgningsrunden (1, 2 eller 3); tom, hvor kilden ikke oplyser den.</column>
    <column name="element_id">Elementets id; tom, hvis elementet ikke har et.</column>
    <column name="tekst">Fritagelsen og dens formål i ord; ét afsnit pr. linje.</column>
    <column name="fritagelser" separator="; ">De bestemmelser, elementet fritager fra, som de skrives i oversigten (<code>LAB § 48, stk. 1</code>), adskilt af semikolon.</column>
    <column name="fritagelse_koder" separator="; ">De samme bestemmelser med lovens id (<code>SUL § 138</code>, <code>LOUB §§ 9-12</code>, <code>ANVL (visse dele)</code>). Import læser denne kolonne.</column>
    <column name="love" separator="; ">Id for de love og bekendtgørelser, elementet fritager fra.</column>
    <column name="kommuner" separator=", ">De kommuner, der gennemfører forsøget.</column>
    <column name="kommunekoder" separator=", ">Samme kommuner som kommunekoder (3 cifre). Import læser denne kolonne.</column>
    <column name="status_kode">Seneste status som kode: <code>applied</code>, <code>clarification</code>, <code>approved</code>, <code>partially-approved</code>, <code>expected</code>, <code>rejected</code>, <code>no-exemption-needed</code>, <code>general-law-change</code> eller <code>withdrawn</code>.</column>
    <column name="status">Seneste status i ord, fx ”Godkendt til opstart 1.1.2018”.</column>
    <column name="status_dato">Datoen for den seneste status (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, så præcist som kilden giver den); tom, hvor kilden ikke oplyser den. Datoen for hele datasættet står på siden ”Seneste ændringer”.</column>
    <column name="startdato">Den retlige startdato (ÅÅÅÅ-MM-DD) for godkendte og forventede forsøg.</column>
  </xsl:template>

  <xsl:template name="trials-table">
    <table name="trials">
      <xsl:call-template name="trials-columns"/>
      <xsl:for-each select="//networks/network/trials/trial/element">
        <xsl:variable name="trial" select=".."/>
        <xsl:variable name="net" select="ancestor::network[1]"/>
        <xsl:variable name="status" select="frisk:current-status(., '')"/>
        <xsl:variable name="towns">
          <xsl:call-template name="od-trial-municipalities"><xsl:with-param name="trial" select="$trial"/></xsl:call-template>
        </xsl:variable>
        <row>
          <cell><xsl:value-of select="$net/@id"/></cell>
          <cell><xsl:value-of select="normalize-space($net/title)"/></cell>
          <cell><xsl:value-of select="$trial/@id"/></cell>
          <cell><xsl:value-of select="normalize-space($trial/title)"/></cell>
          <cell><xsl:value-of select="$trial/@round"/></cell>
          <cell><xsl:value-of select="@id"/></cell>
          <cell><xsl:call-template name="plain-lines"><xsl:with-param name="blocks" select="text"/></xsl:call-template></cell>
          <cell list="list">
            <xsl:for-each select="exemption">
              <item><xsl:call-template name="exemption-label"/></item>
            </xsl:for-each>
          </cell>
          <cell list="list">
            <xsl:for-each select="exemption">
              <item><xsl:call-template name="exemption-code"/></item>
            </xsl:for-each>
          </cell>
          <cell list="list">
            <xsl:for-each select="exemption[not(@law = preceding-sibling::exemption/@law)]">
              <item><xsl:value-of select="@law"/></item>
            </xsl:for-each>
          </cell>
          <cell list="list">
            <xsl:for-each select="exsl:node-set($towns)/municipality">
              <item><xsl:value-of select="name"/></item>
            </xsl:for-each>
          </cell>
          <cell list="list">
            <xsl:for-each select="exsl:node-set($towns)/municipality">
              <item><xsl:value-of select="@code"/></item>
            </xsl:for-each>
          </cell>
          <cell><xsl:value-of select="$status/@kind"/></cell>
          <cell>
            <xsl:call-template name="status-entry-label">
              <xsl:with-param name="status" select="$status"/>
              <xsl:with-param name="with-operation" select="false()"/>
            </xsl:call-template>
          </cell>
          <cell><xsl:value-of select="$status/@date"/></cell>
          <cell><xsl:value-of select="$status/@start"/></cell>
        </row>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- ===== networks ========================================================================== -->

  <xsl:template name="networks-columns">
    <column name="netvaerk_id">Netværkets id.</column>
    <column name="titel">Netværkets tema og titel.</column>
    <column name="beskrivelse">Kort beskrivelse (som i statusnotatets bilagstabel B.1).</column>
    <column name="kommuner" separator=", ">Nuværende medlemskommuner.</column>
    <column name="kommunekoder" separator=", ">Samme kommuner som kommunekoder.</column>
    <column name="udtraadte_kommuner" separator=", ">Kommuner, der er udtrådt af netværket.</column>
    <column name="netvaerksansvarlig">Den netværksansvarlige kommune, hvor kilderne oplyser den.</column>
    <column name="antal_kommuner" type="number">Antal nuværende medlemskommuner.</column>
    <column name="antal_forsoeg" type="number">Antal forsøg.</column>
    <column name="antal_elementer" type="number">Antal forsøgselementer (rækker i trials.csv).</column>
    <column name="antal_afviste" type="number">Antal ansøgninger, der ikke blev til forsøg (afslag, trukket tilbage, kræver ikke lovhjemmel, generel lovændring).</column>
  </xsl:template>

  <xsl:template name="networks-table">
    <table name="networks">
      <xsl:call-template name="networks-columns"/>
      <xsl:for-each select="//networks/network">
        <xsl:variable name="net" select="."/>
        <xsl:variable name="current" select="members/member[not(@ref = $net/left/@ref)]"/>
        <row>
          <cell><xsl:value-of select="@id"/></cell>
          <cell><xsl:value-of select="normalize-space(title)"/></cell>
          <cell><xsl:value-of select="normalize-space(description)"/></cell>
          <cell list="list"><xsl:for-each select="$current"><item><xsl:value-of select="key('municipality', @ref)/name"/></item></xsl:for-each></cell>
          <cell list="list"><xsl:for-each select="$current"><item><xsl:value-of select="key('municipality', @ref)/@code"/></item></xsl:for-each></cell>
          <cell list="list"><xsl:for-each select="left"><item><xsl:value-of select="key('municipality', @ref)/name"/></item></xsl:for-each></cell>
          <cell><xsl:value-of select="key('municipality', lead/@ref)/name"/></cell>
          <cell><xsl:value-of select="count($current)"/></cell>
          <cell><xsl:value-of select="count(trials/trial)"/></cell>
          <cell><xsl:value-of select="count(trials/trial/element)"/></cell>
          <cell><xsl:value-of select="count(rejections/rejection)"/></cell>
        </row>
      </xsl:for-each>
    </table>
  </xsl:template>

  <!-- ===== municipalities ==================================================================== -->

  <xsl:template name="municipalities-columns">
    <column name="kommune_id">Kommunens id.</column>
    <column name="kommunekode">Kommunekoden (3 cifre).</column>
    <column name="navn">Kommunens navn.</column>
    <column name="region">Regionen.</column>
    <column name="netvaerk_ids" separator="; ">De netværk, kommunen er (eller har været) medlem af.</column>
    <column name="netvaerk" separator="; ">Samme netværk med titel.</column>
    <column name="udtraadt_af" separator="; ">Netværk, kommunen er udtrådt af.</column>
    <column name="antal_forsoeg" type="number">Antal forsøg, kommunen deltager i.</column>
  </xsl:template>

  <xsl:template name="municipalities-table">
    <table name="municipalities">
      <xsl:call-template name="municipalities-columns"/>
      <xsl:for-each select="//municipalities/municipality">
        <xsl:variable name="id" select="@id"/>
        <xsl:variable name="nets" select="//networks/network[members/member/@ref = $id]"/>
        <row>
          <cell><xsl:value-of select="@id"/></cell>
          <cell><xsl:value-of select="@code"/></cell>
          <cell><xsl:value-of select="name"/></cell>
          <cell><xsl:value-of select="@region"/></cell>
          <cell list="list"><xsl:for-each select="$nets"><item><xsl:value-of select="@id"/></item></xsl:for-each></cell>
          <cell list="list"><xsl:for-each select="$nets"><item><xsl:value-of select="normalize-space(title)"/></item></xsl:for-each></cell>
          <cell list="list"><xsl:for-each select="$nets[left/@ref = $id]"><item><xsl:value-of select="@id"/></item></xsl:for-each></cell>
          <cell>
            <xsl:value-of select="count($nets/trials/trial[participants/municipality-ref/@ref = $id or (not(participants) and not(ancestor::network[1]/left/@ref = $id))])"/>
          </cell>
        </row>
      </xsl:for-each>
    </table>
  </xsl:template>

</xsl:stylesheet>
