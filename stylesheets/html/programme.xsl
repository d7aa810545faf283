<?xml version="1.0" encoding="UTF-8"?>
<!-- The public web site of the programme: input/programme.xml → output/web/ as a bundle
     (<b:bundle><b:file href="web/…">). Pages: the front page (the programme in figures and the
     overview table of every trial element, filterable), one page per network, municipality and
     law, lists of each, the open-data page and the accessibility statement. CSS and JavaScript
     are bundle text files (site/css.xsl, site/js.xsl); the open data are neutral tables from
     ../common/opendata.xsl that frisk writes as CSV and JSON. No outside resources.
     Every status is shown as of the newest data (status.xsl with an empty as-of date). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:b="urn:frisk:bundle"
    xmlns:exsl="http://exslt.org/common"
    xmlns:frisk="urn:frisk:functions"
    xmlns:func="http://exslt.org/functions"
    extension-element-prefixes="exsl func"
    exclude-result-prefixes="b exsl frisk">

  <!-- opendata.xsl brings danish.xsl, refs.xsl and status.xsl (each module once). -->
  <xsl:import href="../common/opendata.xsl"/>
  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="../common/diagrams.xsl"/>
  <xsl:include href="site/figures.xsl"/>
  <xsl:include href="site/layout.xsl"/>
  <xsl:include href="site/tables.xsl"/>
  <xsl:include href="site/css.xsl"/>
  <xsl:include href="site/js.xsl"/>
  <xsl:include href="../common/changes.xsl"/>
  <xsl:include href="changes.xsl"/>
  <xsl:include href="site/changes-page.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:param name="source-file"/>

  <!-- Exemptions grouped by law and §, for the law pages (Muenchian grouping). -->
  <xsl:key name="exemption-by-law" match="networks/network/trials/trial/element/exemption" use="@law"/>
  <xsl:key name="exemption-by-paragraph" match="networks/network/trials/trial/element/exemption"
      use="concat(@law, '|', @paragraph)"/>

  <xsl:variable name="all-elements" select="/programme/networks/network/trials/trial/element"/>
  <xsl:variable name="all-exemptions" select="$all-elements/exemption"/>
  <xsl:variable name="exempted-laws"
      select="/programme/laws/law[key('exemption-by-law', @id)]"/>

  <!-- The documents of the programme that frisk builds beside the site (relative to web/). -->
  <xsl:variable name="publications-rtf">
    <publication href="../memos/status-2018-02" date="2018-02">Statusnotat om frikommuneforsøg, februar 2018 (VIVE)</publication>
    <publication href="../applications/boern-2016" date="2016-05">Ansøgning fra netværket ”Børn som vores vigtigste ressource” (2016)</publication>
  </xsl:variable>
  <xsl:variable name="publications" select="exsl:node-set($publications-rtf)/publication"/>

  <!-- (match="/" overrides opendata.xsl's, which returns only the data files) -->
  <xsl:template match="/">
    <xsl:apply-templates select="programme" mode="site"/>
  </xsl:template>

  <xsl:template match="programme" mode="site">
    <b:bundle>
      <xsl:call-template name="front-page"/>
      <xsl:call-template name="networks-page"/>
      <xsl:call-template name="municipalities-page"/>
      <xsl:call-template name="laws-page"/>
      <xsl:call-template name="data-page"/>
      <xsl:call-template name="changes-page"/>
      <xsl:call-template name="accessibility-page"/>
      <xsl:for-each select="networks/network"><xsl:call-template name="network-page"/></xsl:for-each>
      <xsl:for-each select="municipalities/municipality"><xsl:call-template name="municipality-page"/></xsl:for-each>
      <!-- Every law has a page, also one no trial is exempted from: the documents link each
           law reference to its law's page (html/rich-text.xsl). -->
      <xsl:for-each select="laws/law"><xsl:call-template name="law-page"/></xsl:for-each>
      <b:file href="web/site.css" method="text"><xsl:call-template name="site-css"/></b:file>
      <b:file href="web/site.js" method="text"><xsl:call-template name="site-js"/></b:file>
      <xsl:call-template name="opendata-files">
        <xsl:with-param name="prefix" select="'web/data/'"/>
      </xsl:call-template>
      <xsl:call-template name="figures-data-files"/>
    </b:bundle>
  </xsl:template>

  <!-- ===== front page ======================================================================= -->

  <xsl:template name="front-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="title" select="'Oversigt over frikommuneforsøg'"/>
      <xsl:with-param name="nav" select="'forside'"/>
      <xsl:with-param name="body">
        <h1><xsl:value-of select="title"/></h1>
        <p class="lead">
          Frikommuneforsøgene giver kommuner fritagelse fra bestemte regler i lovgivningen, så de kan
          afprøve nye og enklere måder at løse opgaverne på. Her kan du se alle forsøg, hvem der gennemfører
          dem, og hvilke regler der afprøves forenkling af.
        </p>
        <section aria-labelledby="i-tal">
          <h2 id="i-tal">Programmet i tal</h2>
          <ul class="figures">
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="frisk:fact('networks')"/>
              <xsl:with-param name="label" select="'frikommunenetværk'"/>
              <xsl:with-param name="href" select="'netvaerk.html'"/>
            </xsl:call-template>
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="frisk:fact('municipalities')"/>
              <xsl:with-param name="label" select="'kommuner'"/>
              <xsl:with-param name="href" select="'kommuner.html'"/>
            </xsl:call-template>
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="frisk:fact('trials-applied')"/>
              <xsl:with-param name="label" select="'ansøgte forsøg'"/>
            </xsl:call-template>
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="frisk:fact('trials-granted')"/>
              <xsl:with-param name="label" select="'forsøg godkendt eller på vej'"/>
            </xsl:call-template>
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="frisk:fact('trials-rejected')"/>
              <xsl:with-param name="label" select="'afslag'"/>
            </xsl:call-template>
            <xsl:call-template name="figure">
              <xsl:with-param name="n" select="count($exempted-laws)"/>
              <xsl:with-param name="label" select="'love og bekendtgørelser med fritagelser'"/>
              <xsl:with-param name="href" select="'love.html'"/>
            </xsl:call-template>
          </ul>
          <p class="note">
            Af de <xsl:value-of select="frisk:fact('trials-granted')"/> forsøg, regeringen vil søge at imødekomme,
            er <xsl:value-of select="frisk:fact('trials-approved')"/> godkendt, og
            <xsl:value-of select="frisk:fact('trials-expected')"/> forventes vedtaget.
            <xsl:value-of select="frisk:fact('networks-active')"/> af
            <xsl:value-of select="frisk:fact('networks')"/> netværk har godkendte forsøg.
            Forsøgene består af <xsl:value-of select="count($all-elements)"/> elementer med hver sin fritagelse og status.
          </p>
        </section>
        <section aria-labelledby="i-figurer">
          <h2 id="i-figurer">Programmet i figurer</h2>
          <xsl:call-template name="status-figure">
            <xsl:with-param name="id" select="'status-netvaerk'"/>
            <xsl:with-param name="caption" select="$status-chart-caption"/>
            <xsl:with-param name="networks" select="networks/network"/>
          </xsl:call-template>
          <xsl:call-template name="timeline-figure"/>
        </section>
        <section aria-labelledby="alle-forsoeg">
          <h2 id="alle-forsoeg">Alle forsøg</h2>
          <p>
            Tabellen har én række pr. forsøgselement. Status er den seneste i data<xsl:if test="data-date">
            (pr. <xsl:call-template name="data-date-text"/>; se <a href="aendringer.html">seneste ændringer</a>)</xsl:if>.
            Vælg en kolonneoverskrift for at sortere. Data kan også hentes som
            <a href="data/trials.csv">CSV</a> eller <a href="data/trials.json">JSON</a>
            (<a href="data.html">beskrivelse af kolonnerne</a>).
          </p>
          <xsl:call-template name="filter-form">
            <xsl:with-param name="table-id" select="'forsoeg-tabel'"/>
          </xsl:call-template>
          <xsl:call-template name="trial-table">
            <xsl:with-param name="id" select="'forsoeg-tabel'"/>
            <xsl:with-param name="caption" select="'Frikommuneforsøg: fritagelser, kommuner og status'"/>
            <xsl:with-param name="elements" select="$all-elements"/>
            <xsl:with-param name="root" select="''"/>
          </xsl:call-template>
        </section>
        <section aria-labelledby="publikationer">
          <h2 id="publikationer">Publikationer</h2>
          <ul class="link-list">
            <xsl:for-each select="$publications">
              <li>
                <xsl:value-of select="."/>
                <xsl:text>: </xsl:text>
                <a href="{@href}.html">HTML<span class="visually-hidden">-udgave af <xsl:value-of select="."/></span></a>
                <xsl:text> · </xsl:text>
                <a href="{@href}.pdf">PDF<span class="visually-hidden">-udgave af <xsl:value-of select="."/></span></a>
              </li>
            </xsl:for-each>
          </ul>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="figure">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <xsl:param name="href" select="''"/>
    <li>
      <xsl:choose>
        <xsl:when test="$href != ''">
          <a href="{$href}"><span class="figure-number"><xsl:value-of select="$n"/></span><xsl:text> </xsl:text><span class="figure-label"><xsl:value-of select="$label"/></span></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="figure-number"><xsl:value-of select="$n"/></span><xsl:text> </xsl:text><span class="figure-label"><xsl:value-of select="$label"/></span>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- ===== lists of networks, municipalities, laws ========================================= -->

  <xsl:template name="networks-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'netvaerk.html'"/>
      <xsl:with-param name="title" select="'Frikommunenetværk'"/>
      <xsl:with-param name="nav" select="'netvaerk'"/>
      <xsl:with-param name="body">
        <h1>Frikommunenetværk</h1>
        <p class="lead">Kommunerne i frikommuneforsøget er organiseret i netværk, der hver har et tema.</p>
        <div class="table-scroll" role="region" aria-labelledby="netvaerk-caption" tabindex="0">
          <table class="table sortable" id="netvaerk-tabel">
            <caption id="netvaerk-caption">Netværk, medlemmer og forsøg</caption>
            <thead>
              <tr>
                <th scope="col">Netværk</th>
                <th scope="col">Kommuner</th>
                <th scope="col" class="num">Forsøg</th>
                <th scope="col" class="num">Godkendt eller på vej</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="networks/network">
                <tr>
                  <th scope="row"><a href="netvaerk/{@id}.html"><xsl:value-of select="title"/></a></th>
                  <td>
                    <xsl:call-template name="municipality-links">
                      <xsl:with-param name="towns" select="key('municipality', members/member[not(@ref = current()/left/@ref)]/@ref)"/>
                      <xsl:with-param name="root" select="''"/>
                    </xsl:call-template>
                  </td>
                  <td class="num"><xsl:value-of select="count(trials/trial)"/></td>
                  <td class="num"><xsl:value-of select="frisk:fact('trials-in-network', @id)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="municipalities-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'kommuner.html'"/>
      <xsl:with-param name="title" select="'Kommuner'"/>
      <xsl:with-param name="nav" select="'kommuner'"/>
      <xsl:with-param name="body">
        <h1>Kommuner</h1>
        <p class="lead">De <xsl:value-of select="frisk:fact('municipalities')"/> kommuner, der indgår i frikommunenetværkene.</p>
        <div class="table-scroll" role="region" aria-labelledby="kommuner-caption" tabindex="0">
          <table class="table sortable" id="kommune-tabel">
            <caption id="kommuner-caption">Kommuner, netværk og antal forsøg</caption>
            <thead>
              <tr>
                <th scope="col">Kommune</th>
                <th scope="col" class="num">Kommunekode</th>
                <th scope="col">Region</th>
                <th scope="col">Netværk</th>
                <th scope="col" class="num">Forsøg</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="municipalities/municipality">
                <xsl:sort select="name"/>
                <xsl:variable name="id" select="@id"/>
                <tr>
                  <th scope="row"><a href="kommune/{@id}.html"><xsl:value-of select="name"/></a></th>
                  <td class="num"><xsl:value-of select="@code"/></td>
                  <td><xsl:value-of select="@region"/></td>
                  <td>
                    <xsl:for-each select="/programme/networks/network[members/member/@ref = $id]">
                      <xsl:if test="position() &gt; 1"><br/></xsl:if>
                      <a href="netvaerk/{@id}.html"><xsl:value-of select="title"/></a>
                      <xsl:if test="left/@ref = $id"> (udtrådt)</xsl:if>
                    </xsl:for-each>
                  </td>
                  <td class="num"><xsl:value-of select="count(key('trials-of-municipality', $id))"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="laws-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'love.html'"/>
      <xsl:with-param name="title" select="'Love og regler i forsøgene'"/>
      <xsl:with-param name="nav" select="'love'"/>
      <xsl:with-param name="body">
        <h1>Hvilke regler afprøves?</h1>
        <p class="lead">
          De love og bekendtgørelser, som frikommunerne er fritaget fra (eller får udvidet hjemmel i) for at
          afprøve forenklinger. Vælg en lov for at se bestemmelserne og forsøgene.
        </p>
        <div class="table-scroll" role="region" aria-labelledby="love-caption" tabindex="0">
          <table class="table sortable" id="lov-tabel">
            <caption id="love-caption">Love og bekendtgørelser med fritagelser</caption>
            <thead>
              <tr>
                <th scope="col">Lov</th>
                <th scope="col">Titel</th>
                <th scope="col" class="num">Bestemmelser</th>
                <th scope="col" class="num">Forsøgselementer</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$exempted-laws">
                <xsl:sort select="count(key('exemption-by-law', @id))" data-type="number" order="descending"/>
                <xsl:variable name="exemptions" select="key('exemption-by-law', @id)"/>
                <tr>
                  <th scope="row">
                    <a href="lov/{translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')}.html">
                      <xsl:call-template name="law-label"><xsl:with-param name="law" select="."/></xsl:call-template>
                    </a>
                  </th>
                  <td><xsl:value-of select="title"/></td>
                  <td class="num">
                    <xsl:value-of select="count($exemptions[generate-id() = generate-id(key('exemption-by-paragraph', concat(@law, '|', @paragraph))[1])])"/>
                  </td>
                  <td class="num"><xsl:value-of select="count($exemptions/..)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== one network ======================================================================= -->

  <xsl:template name="network-page">
    <xsl:variable name="net" select="."/>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="concat('netvaerk/', @id, '.html')"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="string(title)"/>
      <xsl:with-param name="nav" select="'netvaerk'"/>
      <xsl:with-param name="crumb"><a href="../netvaerk.html">Netværk</a></xsl:with-param>
      <xsl:with-param name="body">
        <p class="kicker">Frikommunenetværk</p>
        <h1><xsl:value-of select="title"/></h1>
        <xsl:if test="description"><p class="lead"><xsl:value-of select="description"/></p></xsl:if>
        <dl class="facts">
          <dt>Kommuner</dt>
          <dd>
            <xsl:call-template name="municipality-links">
              <xsl:with-param name="towns" select="key('municipality', members/member[not(@ref = $net/left/@ref)]/@ref)"/>
              <xsl:with-param name="root" select="'../'"/>
            </xsl:call-template>
          </dd>
          <xsl:if test="lead">
            <dt>Netværksansvarlig kommune</dt>
            <dd><a href="../kommune/{lead/@ref}.html"><xsl:value-of select="key('municipality', lead/@ref)/name"/></a></dd>
          </xsl:if>
          <xsl:for-each select="left">
            <dt>Udtrådt</dt>
            <dd>
              <a href="../kommune/{@ref}.html"><xsl:value-of select="key('municipality', @ref)/name"/></a>
              <xsl:if test="@date">
                <xsl:text> (</xsl:text>
                <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@date"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:if>
            </dd>
          </xsl:for-each>
          <dt>Forsøg</dt>
          <dd>
            <xsl:value-of select="count(trials/trial)"/> forsøg med <xsl:value-of select="count(trials/trial/element)"/> elementer;
            <xsl:value-of select="frisk:fact('trials-in-network', @id)"/> godkendt eller på vej
          </dd>
        </dl>
        <xsl:if test="focus-areas">
          <h2>Indsatsområder</h2>
          <ul>
            <xsl:for-each select="focus-areas/focus-area">
              <li>
                <xsl:value-of select="concat(@label, '. ', normalize-space(.))"/>
                <xsl:if test="@from"> (<xsl:value-of select="@from"/>–<xsl:value-of select="@to"/>)</xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
        <h2 id="status">Status</h2>
        <xsl:call-template name="status-figure">
          <xsl:with-param name="id" select="concat('status-', @id)"/>
          <xsl:with-param name="caption" select="concat($network-status-caption, normalize-space(title))"/>
          <xsl:with-param name="networks" select="."/>
          <xsl:with-param name="label" select="$network-status-label"/>
          <xsl:with-param name="root" select="'../'"/>
        </xsl:call-template>
        <xsl:if test=".//change-theory">
          <h2 id="forandringsteorier">Forandringsteorier</h2>
          <xsl:call-template name="change-theory-figures"><xsl:with-param name="network" select="."/></xsl:call-template>
        </xsl:if>
        <h2 id="forsoeg">Forsøg</h2>
        <xsl:choose>
          <xsl:when test="trials/trial">
            <xsl:call-template name="trial-table">
              <xsl:with-param name="id" select="'forsoeg-tabel'"/>
              <xsl:with-param name="caption" select="concat('Forsøg i netværket ', title)"/>
              <xsl:with-param name="elements" select="trials/trial/element"/>
              <xsl:with-param name="root" select="'../'"/>
              <xsl:with-param name="show-network" select="false()"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><p>Netværket har ingen godkendte eller ansøgte forsøg i data.</p></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="rejections/rejection">
          <h2 id="ikke-forsoeg">Ansøgninger, der ikke blev til forsøg</h2>
          <xsl:call-template name="rejection-table">
            <xsl:with-param name="rejections" select="rejections/rejection"/>
            <xsl:with-param name="caption" select="concat('Afslag og andre afgørelser i netværket ', title)"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== one municipality =================================================================== -->

  <xsl:template name="municipality-page">
    <xsl:variable name="id" select="@id"/>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="concat('kommune/', @id, '.html')"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="concat(name, ' Kommune')"/>
      <xsl:with-param name="nav" select="'kommuner'"/>
      <xsl:with-param name="crumb"><a href="../kommuner.html">Kommuner</a></xsl:with-param>
      <xsl:with-param name="body">
        <p class="kicker">Frikommune</p>
        <h1><xsl:value-of select="name"/> Kommune</h1>
        <dl class="facts">
          <dt>Kommunekode</dt><dd><xsl:value-of select="@code"/></dd>
          <dt>Region</dt><dd>Region <xsl:value-of select="@region"/></dd>
          <xsl:if test="population">
            <dt>Indbyggertal</dt>
            <dd>
              <xsl:call-template name="da-number"><xsl:with-param name="n" select="population/@value"/></xsl:call-template>
              <xsl:if test="population/@date">
                <xsl:text> (</xsl:text>
                <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="population/@date"/></xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:if>
            </dd>
          </xsl:if>
          <dt>Netværk</dt>
          <dd>
            <xsl:for-each select="/programme/networks/network[members/member/@ref = $id]">
              <xsl:if test="position() &gt; 1"><br/></xsl:if>
              <a href="../netvaerk/{@id}.html"><xsl:value-of select="title"/></a>
              <xsl:for-each select="left[@ref = $id]">
                <xsl:text> (udtrådt</xsl:text>
                <xsl:if test="@date">
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@date"/></xsl:call-template>
                </xsl:if>
                <xsl:text>)</xsl:text>
              </xsl:for-each>
            </xsl:for-each>
          </dd>
        </dl>
        <h2>Forsøg, kommunen deltager i</h2>
        <xsl:if test="key('trials-of-municipality', $id)">
          <xsl:call-template name="municipality-figure"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="key('trials-of-municipality', $id)">
            <xsl:call-template name="trial-table">
              <xsl:with-param name="id" select="'forsoeg-tabel'"/>
              <xsl:with-param name="caption" select="concat('Forsøg i ', name, ' Kommune')"/>
              <xsl:with-param name="elements" select="key('trials-of-municipality', $id)/element"/>
              <xsl:with-param name="root" select="'../'"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise><p>Kommunen deltager ikke i nogen forsøg i data.</p></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ===== one law ============================================================================= -->

  <xsl:template name="law-page">
    <xsl:variable name="law" select="."/>
    <xsl:variable name="label">
      <xsl:call-template name="law-label"><xsl:with-param name="law" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="exemptions" select="key('exemption-by-law', @id)"/>
    <xsl:variable name="paragraphs"
        select="$exemptions[generate-id() = generate-id(key('exemption-by-paragraph', concat(@law, '|', @paragraph))[1])]"/>
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="concat('lov/', translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '.html')"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="title" select="string(title)"/>
      <xsl:with-param name="nav" select="'love'"/>
      <xsl:with-param name="crumb"><a href="../love.html">Love</a></xsl:with-param>
      <xsl:with-param name="body">
        <p class="kicker">
          <xsl:choose>
            <xsl:when test="@kind = 'order'">Bekendtgørelse</xsl:when>
            <xsl:otherwise>Lov</xsl:otherwise>
          </xsl:choose>
          <xsl:if test="string($label) != string(title)"> · <xsl:value-of select="$label"/></xsl:if>
        </p>
        <h1><xsl:value-of select="title"/></h1>
        <xsl:variable name="href">
          <xsl:choose>
            <xsl:when test="@number and @date">
              <xsl:value-of select="concat('https://www.retsinformation.dk/eli/lta/', substring(@date, 1, 4), '/', @number)"/>
            </xsl:when>
            <!-- Only a web address becomes a link: a javascript: or data: href in the data
                 must never run in a reader's browser (as in rich-text.xsl). -->
            <xsl:when test="starts-with(normalize-space(@href), 'https://') or starts-with(normalize-space(@href), 'http://')">
              <xsl:value-of select="normalize-space(@href)"/>
            </xsl:when>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="string($href) != ''">
            <p>Læs <a href="{$href}"><xsl:value-of select="title"/> på Retsinformation</a>.</p>
          </xsl:when>
          <xsl:otherwise>
            <p class="note">Data angiver ikke lovens nummer, så der er ikke et direkte link til Retsinformation.</p>
          </xsl:otherwise>
        </xsl:choose>
        <p>
          <xsl:value-of select="count($exemptions/..)"/> forsøgselementer fritager fra
          <xsl:value-of select="count($paragraphs)"/>
          <xsl:choose>
            <xsl:when test="count($paragraphs) = 1"> bestemmelse</xsl:when>
            <xsl:otherwise> bestemmelser</xsl:otherwise>
          </xsl:choose>
          i <xsl:value-of select="$label"/>.
        </p>
        <nav class="toc" aria-labelledby="bestemmelser">
          <h2 id="bestemmelser">Bestemmelser</h2>
          <ul class="paragraph-list">
            <xsl:for-each select="$paragraphs">
              <xsl:sort select="not(@paragraph)"/>
              <xsl:sort select="substring-before(concat(@paragraph, ' '), ' ')" data-type="number"/>
              <xsl:sort select="@paragraph"/>
              <li><a href="#{frisk:paragraph-anchor(.)}"><xsl:call-template name="paragraph-heading"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="$paragraphs">
          <xsl:sort select="not(@paragraph)"/>
          <xsl:sort select="substring-before(concat(@paragraph, ' '), ' ')" data-type="number"/>
          <xsl:sort select="@paragraph"/>
          <xsl:variable name="heading"><xsl:call-template name="paragraph-heading"/></xsl:variable>
          <section aria-labelledby="{frisk:paragraph-anchor(.)}">
            <h2 id="{frisk:paragraph-anchor(.)}"><xsl:value-of select="$label"/><xsl:text> </xsl:text><xsl:value-of select="$heading"/></h2>
            <xsl:call-template name="trial-table">
              <xsl:with-param name="id" select="concat('t-', frisk:paragraph-anchor(.))"/>
              <xsl:with-param name="caption" select="concat('Forsøg med fritagelse fra ', $label, ' ', $heading)"/>
              <xsl:with-param name="elements" select="key('exemption-by-paragraph', concat(@law, '|', @paragraph))/.."/>
              <xsl:with-param name="root" select="'../'"/>
              <xsl:with-param name="law" select="$law/@id"/>
              <xsl:with-param name="paragraph" select="string(@paragraph)"/>
            </xsl:call-template>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "§ 48" for a group of exemptions of one §; "Hele loven og kapitler" without a §. -->
  <xsl:template name="paragraph-heading">
    <xsl:choose>
      <xsl:when test="@paragraph"><xsl:value-of select="concat('§ ', @paragraph)"/></xsl:when>
      <xsl:otherwise>uden angivet paragraf</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== open data ============================================================================ -->

  <xsl:template name="data-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'data.html'"/>
      <xsl:with-param name="title" select="'Åbne data'"/>
      <xsl:with-param name="nav" select="'data'"/>
      <xsl:with-param name="body">
        <h1>Åbne data</h1>
        <p class="lead">
          Alle tal og tabeller på siden kan hentes som regneark (CSV) og JSON. Filerne dannes af de
          samme data som siden og opdateres samtidig med den.
        </p>
        <h2>Filer</h2>
        <ul class="link-list">
          <li><a href="data/trials.csv">trials.csv</a> og <a href="data/trials.json">trials.json</a>: én række pr. forsøgselement</li>
          <li><a href="data/networks.csv">networks.csv</a> og <a href="data/networks.json">networks.json</a>: én række pr. netværk</li>
          <li><a href="data/municipalities.csv">municipalities.csv</a> og <a href="data/municipalities.json">municipalities.json</a>: én række pr. kommune</li>
          <li><a href="data/figures.csv">figures.csv</a> og <a href="data/figures.json">figures.json</a>: tallene bag sidens figurer, én række pr. tal</li>
        </ul>
        <h2>Format</h2>
        <ul>
          <li>CSV-filerne er i UTF-8 med byte order mark, semikolon som skilletegn og CRLF som linjeskift, så de åbner direkte i Excel med danske indstillinger. Alle felter står i anførselstegn.</li>
          <li>En celle, der ville begynde med <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tabulator eller vognretur, får en apostrof foran, så regnearket viser den som tekst og aldrig udfører den som formel.</li>
          <li>Lister i en celle (fx flere kommuner) er adskilt som angivet for kolonnen; i JSON er de arrays. Tomme felter er <code>null</code> i JSON.</li>
          <li>Datoer skrives ÅÅÅÅ-MM-DD. Status er den seneste i data.</li>
          <li>
            En kommune kan vedligeholde sine forsøg i regneark med kolonnerne fra trials.csv og læse dem ind igen
            med <code>frisk import-csv trials.csv --network ID</code>.
          </li>
        </ul>
        <xsl:call-template name="column-table">
          <xsl:with-param name="file" select="'trials.csv'"/>
          <xsl:with-param name="columns"><xsl:call-template name="trials-columns"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="column-table">
          <xsl:with-param name="file" select="'networks.csv'"/>
          <xsl:with-param name="columns"><xsl:call-template name="networks-columns"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="column-table">
          <xsl:with-param name="file" select="'municipalities.csv'"/>
          <xsl:with-param name="columns"><xsl:call-template name="municipalities-columns"/></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="column-table">
          <xsl:with-param name="file" select="'figures.csv'"/>
          <xsl:with-param name="columns"><xsl:call-template name="figures-columns"/></xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="column-table">
    <xsl:param name="file"/>
    <xsl:param name="columns"/>
    <xsl:variable name="id" select="concat('kolonner-', substring-before($file, '.'))"/>
    <h2 id="{$id}">Kolonner i <xsl:value-of select="$file"/></h2>
    <div class="table-scroll" role="region" aria-labelledby="{$id}-caption" tabindex="0">
      <table class="table">
        <caption id="{$id}-caption">Kolonnerne i <xsl:value-of select="$file"/> i rækkefølge</caption>
        <thead>
          <tr>
            <th scope="col">Kolonne</th>
            <th scope="col">Type</th>
            <th scope="col">Indhold</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="exsl:node-set($columns)/column">
            <tr>
              <th scope="row"><code><xsl:value-of select="@name"/></code></th>
              <td>
                <xsl:choose>
                  <xsl:when test="@type = 'number'">tal</xsl:when>
                  <xsl:when test="@separator">liste (adskilt af ”<xsl:value-of select="@separator"/>”)</xsl:when>
                  <xsl:otherwise>tekst</xsl:otherwise>
                </xsl:choose>
              </td>
              <td><xsl:copy-of select="node()"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- ===== accessibility statement ============================================================= -->

  <xsl:template name="accessibility-page">
    <xsl:call-template name="page">
      <xsl:with-param name="href" select="'tilgaengelighed.html'"/>
      <xsl:with-param name="title" select="'Tilgængelighedserklæring'"/>
      <xsl:with-param name="nav" select="''"/>
      <xsl:with-param name="body">
        <h1>Tilgængelighedserklæring</h1>
        <p class="lead">
          Vi ønsker, at alle kan bruge siden om frikommuneforsøg. Siden er omfattet af lov om tilgængelighed
          af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven) og skal overholde
          WCAG 2.1 på niveau A og AA.
        </p>
        <h2>Overholdelse</h2>
        <p>
          Siden overholder efter vores vurdering WCAG 2.1 niveau AA. Hver side testes automatisk med axe-core
          i 390 og 1280 pixels bredde og valideres med Nu HTML Checker, hver gang siden dannes.
        </p>
        <h2>Sådan er siden lavet</h2>
        <ul>
          <li>Alle sider kan bruges med tastatur alene, og fokus er altid synligt. Et link øverst springer direkte til indholdet.</li>
          <li>Tabeller har overskrift (caption) og kolonne- og rækkeoverskrifter, så skærmlæsere kan læse dem op.</li>
          <li>Figurerne har en billedtekst og en tekst, der siger det samme som figuren, og tallene bag dem står i en tabel lige under (”Tallene bag figuren”) og i de åbne data. Serierne skelnes af både farve og skravering.</li>
          <li>Tabellerne virker uden JavaScript. Med JavaScript kan de sorteres og filtreres; filteret gemmes i adressen, så en filtreret visning kan deles.</li>
          <li>Siden bruger ingen eksterne ressourcer, cookies eller sporing, og den kan printes.</li>
        </ul>
        <h2>Kendte begrænsninger</h2>
        <ul>
          <li>Forandringsteorier med fire kolonner er små at læse på en smal skærm; deres indhold står også som tekst under figuren.</li>
          <li>De fulde tekster om fritagelserne er gengivet som i statusnotatet og kan være lange og tunge at læse.</li>
          <li>PDF-udgaverne af statusnotat og ansøgning er mærket med struktur, så langt det værktøj, der danner dem, tillader; HTML-udgaverne er de mest tilgængelige.</li>
        </ul>
        <h2>Feedback og kontakt</h2>
        <p>
          Oplever du problemer med tilgængeligheden, så skriv til den myndighed, der har udgivet siden.
          Du kan også klage til Digitaliseringsstyrelsen, som fører tilsyn med webtilgængelighedsloven.
        </p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
