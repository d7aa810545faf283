<?xml version="1.0" encoding="UTF-8"?>
<!-- The web site's figures: the memo's chart of trials by network and status, the programme over
     time, each network's and municipality's trials by status and the networks' change theories.
     Each figure's numbers are made once as neutral data (<series>, <category id label> with
     <value series>, as ../../common/diagrams.xsl's status-chart-data) and become the chart (a
     urn:frisk:diagram element that frisk draws as inline SVG, by the memo's layout code), a
     sentence that states the same facts, a table one click away and rows of data/figures.csv.
     Each chart is drawn twice, narrow for small screens and wide for the rest and for print;
     the CSS shows one, so assistive technology meets one. Included by ../programme.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:d="urn:frisk:diagram"
    xmlns:exsl="http://exslt.org/common"
    xmlns:frisk="urn:frisk:functions"
    exclude-result-prefixes="d exsl frisk">

  <!-- Layout widths (pt) and font sizes of the two drawings of a chart: the narrow one fills a
       390 px screen with about 12 px text; the wide one is the memo's figure. -->
  <xsl:variable name="chart-narrow-width" select="'260'"/>
  <xsl:variable name="chart-narrow-font" select="'9.5'"/>

  <!-- ===== the data of each figure ============================================================= -->

  <!-- The trial elements of a municipality's trials by their current status (the rows of
       trials.csv whose kommunekoder hold the municipality): approved (or partially), expected,
       and any other status as one group, shown only when there is one. -->
  <xsl:template name="municipality-chart-data">
    <xsl:param name="municipality"/>
    <xsl:variable name="elements" select="key('trials-of-municipality', $municipality/@id)/element"/>
    <xsl:variable name="approved" select="count($elements[frisk:current-status(., '')/@kind = 'approved' or
                                                          frisk:current-status(., '')/@kind = 'partially-approved'])"/>
    <xsl:variable name="expected" select="count($elements[frisk:current-status(., '')/@kind = 'expected'])"/>
    <xsl:variable name="other" select="count($elements) - $approved - $expected"/>
    <xsl:variable name="series">
      <xsl:call-template name="status-series">
        <xsl:with-param name="other-label" select="'Anden status (fx afslag eller trukket tilbage)'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:copy-of select="exsl:node-set($series)/series[@id != 'ikke' or $other &gt; 0]"/>
    <category id="{$municipality/@id}" label="{$municipality/name}">
      <value series="godkendt"><xsl:value-of select="$approved"/></value>
      <value series="forventes"><xsl:value-of select="$expected"/></value>
      <xsl:if test="$other &gt; 0"><value series="ikke"><xsl:value-of select="$other"/></value></xsl:if>
    </category>
  </xsl:template>

  <!-- The programme over time. Every application (a trial element, or an application that did
       not become a trial: the memo's 107) reaches four milestones at most: applied (its
       "applied" status, else its first), approved (its first approved or partially approved
       status), started (that status's legal start, when it is a date and not only "at the
       latest") and withdrawn. A milestone counts from the month its date falls in, to the
       date's precision ("2017" counts from December 2017), up to the data's date (<date> of
       the programme; without it, the newest milestone date). A milestone the data gives no
       date for is counted apart ("Uden dato i data"), never placed on a guessed month; a
       milestone after the data's date has not happened. Categories are the months, values
       the running totals at each month's end; series with no dated milestone carry
       undated="N" and are left out of the chart (the table keeps them). -->
  <xsl:template name="timeline-chart-data">
    <xsl:variable name="items" select="/programme/networks/network/trials/trial/element |
                                       /programme/networks/network/rejections/rejection[not(@part-of)]"/>
    <xsl:variable name="events-rtf">
      <xsl:for-each select="$items">
        <xsl:variable name="statuses" select="status-history/status"/>
        <xsl:variable name="applied" select="($statuses[@kind = 'applied'] | $statuses[1])[1]"/>
        <xsl:variable name="approved" select="$statuses[@kind = 'approved' or @kind = 'partially-approved'][1]"/>
        <xsl:variable name="withdrawn" select="$statuses[@kind = 'withdrawn'][1]"/>
        <xsl:if test="$applied"><e series="ansoegt" date="{$applied/@date}"/></xsl:if>
        <xsl:if test="$approved">
          <e series="godkendt" date="{$approved/@date}"/>
          <e series="startet">
            <xsl:if test="not($approved/@start-latest = 'true')">
              <xsl:attribute name="date"><xsl:value-of select="$approved/@start"/></xsl:attribute>
            </xsl:if>
          </e>
        </xsl:if>
        <xsl:if test="$withdrawn"><e series="trukket" date="{$withdrawn/@date}"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="events" select="exsl:node-set($events-rtf)/e"/>
    <xsl:variable name="dated" select="$events[string(@date) != '']"/>
    <xsl:variable name="data-date">
      <xsl:choose>
        <xsl:when test="/programme/data-date/@value"><xsl:value-of select="/programme/data-date/@value"/></xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="$dated">
            <xsl:sort select="frisk:date-end(@date)" data-type="number" order="descending"/>
            <xsl:if test="position() = 1"><xsl:value-of select="@date"/></xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="end" select="frisk:date-end($data-date)"/>
    <xsl:variable name="placed-rtf">
      <xsl:for-each select="$dated[frisk:date-end(@date) &lt;= $end]">
        <xsl:variable name="e" select="frisk:date-end(@date)"/>
        <e series="{@series}" end="{$e}" month="{floor($e div 10000) * 12 + floor($e div 100) mod 100 - 1}"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="placed" select="exsl:node-set($placed-rtf)/e"/>
    <xsl:variable name="series-rtf">
      <series id="ansoegt" fill="#595959" pattern="none">Ansøgt</series>
      <series id="godkendt" fill="#358000" pattern="back-diagonal">Godkendt</series>
      <series id="startet" fill="#0059b3" pattern="diagonal">Startet</series>
      <series id="trukket" fill="#b51d09" pattern="cross">Trukket tilbage</series>
    </xsl:variable>
    <xsl:for-each select="exsl:node-set($series-rtf)/series">
      <xsl:variable name="id" select="@id"/>
      <series id="{@id}" fill="{@fill}" pattern="{@pattern}" dated="{count($placed[@series = $id])}"
          undated="{count($events[@series = $id][string(@date) = ''])}">
        <xsl:value-of select="."/>
      </series>
    </xsl:for-each>
    <as-of date="{$data-date}"/>
    <xsl:if test="$placed">
      <xsl:variable name="first">
        <xsl:for-each select="$placed">
          <xsl:sort select="@month" data-type="number"/>
          <xsl:if test="position() = 1"><xsl:value-of select="@month"/></xsl:if>
        </xsl:for-each>
      </xsl:variable>
      <xsl:call-template name="timeline-months">
        <xsl:with-param name="month" select="number($first)"/>
        <xsl:with-param name="last" select="floor($end div 10000) * 12 + floor($end div 100) mod 100 - 1"/>
        <xsl:with-param name="placed" select="$placed"/>
        <xsl:with-param name="series" select="exsl:node-set($series-rtf)/series"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- One category per month from month to last (months counted as year * 12 + month - 1). -->
  <xsl:template name="timeline-months">
    <xsl:param name="month"/>
    <xsl:param name="last"/>
    <xsl:param name="placed"/>
    <xsl:param name="series"/>
    <xsl:if test="$month &lt;= $last">
      <xsl:variable name="y" select="floor($month div 12)"/>
      <xsl:variable name="m" select="$month mod 12 + 1"/>
      <xsl:variable name="ym" select="concat($y, '-', format-number($m, '00'))"/>
      <xsl:variable name="key" select="frisk:date-end($ym)"/>
      <xsl:variable name="name">
        <xsl:call-template name="da-month-name"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      </xsl:variable>
      <category id="{$ym}" label="{concat($name, ' ', $y)}">
        <xsl:for-each select="$series">
          <value series="{@id}"><xsl:value-of select="count($placed[@series = current()/@id][@end &lt;= $key])"/></value>
        </xsl:for-each>
      </category>
      <xsl:call-template name="timeline-months">
        <xsl:with-param name="month" select="$month + 1"/>
        <xsl:with-param name="last" select="$last"/>
        <xsl:with-param name="placed" select="$placed"/>
        <xsl:with-param name="series" select="$series"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ===== a figure on a page ================================================================== -->

  <!-- A chart figure: caption, the chart (narrow and wide), a sentence stating its facts, and
       its numbers as a table in <details>. data: neutral data (node-set); chart-data: the
       same with only the series to draw (default data); summary: the sentence's content;
       category-header: the first column's heading; root: the path to the site's root. -->
  <xsl:template name="chart-figure">
    <xsl:param name="id"/>
    <xsl:param name="caption"/>
    <xsl:param name="data"/>
    <xsl:param name="chart-data" select="$data"/>
    <xsl:param name="summary"/>
    <xsl:param name="axis-label"/>
    <xsl:param name="mode" select="'stacked'"/>
    <xsl:param name="category-header"/>
    <xsl:param name="root" select="''"/>
    <xsl:param name="extra-rows"/>
    <figure class="chart" id="{$id}">
      <figcaption id="{$id}-titel"><xsl:value-of select="$caption"/></figcaption>
      <xsl:if test="$chart-data/category and $chart-data/series">
        <div class="chart-narrow">
          <xsl:call-template name="bar-chart-from-data">
            <xsl:with-param name="data" select="$chart-data"/>
            <xsl:with-param name="title" select="$caption"/>
            <xsl:with-param name="axis-label" select="$axis-label"/>
            <xsl:with-param name="mode" select="$mode"/>
            <xsl:with-param name="width" select="$chart-narrow-width"/>
            <xsl:with-param name="font-size" select="$chart-narrow-font"/>
          </xsl:call-template>
        </div>
        <div class="chart-wide">
          <xsl:call-template name="bar-chart-from-data">
            <xsl:with-param name="data" select="$chart-data"/>
            <xsl:with-param name="title" select="$caption"/>
            <xsl:with-param name="axis-label" select="$axis-label"/>
            <xsl:with-param name="mode" select="$mode"/>
          </xsl:call-template>
        </div>
      </xsl:if>
      <p class="chart-summary"><xsl:copy-of select="$summary"/></p>
      <details class="chart-data">
        <summary>Tallene bag figuren<span class="visually-hidden">: <xsl:value-of select="$caption"/></span></summary>
        <div class="details-body">
          <div class="table-scroll" role="region" aria-labelledby="{$id}-tabel" tabindex="0">
            <table class="table chart-table">
              <caption id="{$id}-tabel"><xsl:value-of select="$caption"/>: tallene</caption>
              <thead>
                <tr>
                  <th scope="col"><xsl:value-of select="$category-header"/></th>
                  <xsl:for-each select="$data/series">
                    <th scope="col" class="num"><xsl:value-of select="."/></th>
                  </xsl:for-each>
                  <xsl:if test="$mode = 'stacked'"><th scope="col" class="num">I alt</th></xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$data/category">
                  <xsl:variable name="category" select="."/>
                  <tr>
                    <th scope="row"><xsl:value-of select="@label"/></th>
                    <xsl:for-each select="$data/series">
                      <td class="num"><xsl:value-of select="sum($category/value[@series = current()/@id])"/></td>
                    </xsl:for-each>
                    <xsl:if test="$mode = 'stacked'"><td class="num"><xsl:value-of select="sum(value)"/></td></xsl:if>
                  </tr>
                </xsl:for-each>
                <xsl:copy-of select="$extra-rows"/>
              </tbody>
            </table>
          </div>
          <p>Tallene findes også i de åbne data: <a href="{$root}data/figures.csv">figures.csv</a> (figur <code><xsl:value-of select="$id"/></code>).</p>
        </div>
      </details>
    </figure>
  </xsl:template>

  <!-- "Godkendt 10, Forventes vedtaget 9 og Ikke imødekommet som forsøg 7": a category's values
       in words, for the sentence beside a chart. -->
  <xsl:template name="category-sentence">
    <xsl:param name="data"/>
    <xsl:param name="category"/>
    <xsl:for-each select="$data/series">
      <xsl:if test="position() &gt; 1 and position() = last()"> og </xsl:if>
      <xsl:if test="position() &gt; 1 and position() != last()">, </xsl:if>
      <xsl:value-of select="concat(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ', 'abcdefghijklmnopqrstuvwxyzæøå'), ': ',
                                   sum($category/value[@series = current()/@id]))"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The status chart of some networks (the memo's figure). -->
  <xsl:template name="status-figure">
    <xsl:param name="id"/>
    <xsl:param name="caption"/>
    <xsl:param name="networks"/>
    <xsl:param name="label" select="''"/>
    <xsl:param name="root" select="''"/>
    <xsl:variable name="data-rtf">
      <xsl:call-template name="status-chart-data">
        <xsl:with-param name="networks" select="$networks"/>
        <xsl:with-param name="as-of" select="''"/>
        <xsl:with-param name="label" select="$label"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="data" select="exsl:node-set($data-rtf)"/>
    <xsl:call-template name="chart-figure">
      <xsl:with-param name="id" select="$id"/>
      <xsl:with-param name="caption" select="$caption"/>
      <xsl:with-param name="data" select="$data"/>
      <xsl:with-param name="axis-label" select="'Antal forsøg og ansøgninger'"/>
      <xsl:with-param name="category-header" select="'Netværk'"/>
      <xsl:with-param name="root" select="$root"/>
      <xsl:with-param name="summary">
        <xsl:text>Forsøgselementer og ansøgninger, der ikke blev til forsøg, efter seneste status i data. </xsl:text>
        <xsl:for-each select="$data/category">
          <xsl:value-of select="concat(@label, ': ')"/>
          <xsl:call-template name="category-sentence">
            <xsl:with-param name="data" select="$data"/>
            <xsl:with-param name="category" select="."/>
          </xsl:call-template>
          <xsl:text>. </xsl:text>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="municipality-figure">
    <xsl:param name="municipality" select="."/>
    <xsl:variable name="data-rtf">
      <xsl:call-template name="municipality-chart-data">
        <xsl:with-param name="municipality" select="$municipality"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="data" select="exsl:node-set($data-rtf)"/>
    <xsl:call-template name="chart-figure">
      <xsl:with-param name="id" select="concat('status-', $municipality/@id)"/>
      <xsl:with-param name="caption" select="concat('Forsøgselementer i ', $municipality/name, ' Kommune efter status')"/>
      <xsl:with-param name="data" select="$data"/>
      <xsl:with-param name="axis-label" select="'Antal forsøgselementer'"/>
      <xsl:with-param name="category-header" select="'Kommune'"/>
      <xsl:with-param name="root" select="'../'"/>
      <xsl:with-param name="summary">
        <xsl:value-of select="concat($municipality/name, ' Kommune deltager i ', sum($data/category/value), ' forsøgselementer efter seneste status i data: ')"/>
        <xsl:call-template name="category-sentence">
          <xsl:with-param name="data" select="$data"/>
          <xsl:with-param name="category" select="$data/category"/>
        </xsl:call-template>
        <xsl:text>.</xsl:text>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="timeline-figure">
    <xsl:variable name="data-rtf"><xsl:call-template name="timeline-chart-data"/></xsl:variable>
    <xsl:variable name="data" select="exsl:node-set($data-rtf)"/>
    <xsl:variable name="as-of">
      <xsl:call-template name="da-month-year"><xsl:with-param name="date" select="$data/as-of/@date"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="chart-rtf">
      <xsl:copy-of select="$data/series[@dated &gt; 0] | $data/category"/>
    </xsl:variable>
    <xsl:call-template name="chart-figure">
      <xsl:with-param name="id" select="'forloeb'"/>
      <xsl:with-param name="caption" select="concat('Programmet over tid: ansøgninger, godkendelser, opstart og tilbagetrækninger i alt ved hver måneds udgang, til og med ', $as-of)"/>
      <xsl:with-param name="data" select="$data"/>
      <xsl:with-param name="chart-data" select="exsl:node-set($chart-rtf)"/>
      <xsl:with-param name="mode" select="'grouped'"/>
      <xsl:with-param name="axis-label" select="'Antal forsøgselementer og ansøgninger i alt'"/>
      <xsl:with-param name="category-header" select="'Måned'"/>
      <xsl:with-param name="summary">
        <xsl:text>Hver ansøgning (et forsøgselement eller en ansøgning, der ikke blev til forsøg) er talt fra den måned, data dateres den til. </xsl:text>
        <xsl:choose>
          <xsl:when test="$data/category">
            <xsl:value-of select="concat('Ved udgangen af ', $data/category[last()]/@label, ': ')"/>
            <xsl:call-template name="category-sentence">
              <xsl:with-param name="data" select="$data"/>
              <xsl:with-param name="category" select="$data/category[last()]"/>
            </xsl:call-template>
            <xsl:text>. </xsl:text>
          </xsl:when>
          <xsl:otherwise>Data har ingen datoer for ansøgninger, godkendelser, opstart eller tilbagetrækninger, så forløbet kan ikke tegnes. </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$data/series[@undated &gt; 0]">
          <xsl:text>Uden dato i data, og derfor ikke med i figuren: </xsl:text>
          <xsl:for-each select="$data/series[@undated &gt; 0]">
            <xsl:if test="position() &gt; 1 and position() = last()"> og </xsl:if>
            <xsl:if test="position() &gt; 1 and position() != last()">, </xsl:if>
            <xsl:value-of select="concat(@undated, ' ', translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ', 'abcdefghijklmnopqrstuvwxyzæøå'))"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="extra-rows">
        <tr>
          <th scope="row">Uden dato i data</th>
          <xsl:for-each select="$data/series"><td class="num"><xsl:value-of select="@undated"/></td></xsl:for-each>
        </tr>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "februar 2018" for 2018-02 (or 2018-02-15); "2017" for a year. -->
  <xsl:template name="da-month-year">
    <xsl:param name="date"/>
    <xsl:choose>
      <xsl:when test="string-length($date) &gt;= 7">
        <xsl:call-template name="da-month-name"><xsl:with-param name="m" select="substring($date, 6, 2)"/></xsl:call-template>
        <xsl:value-of select="concat(' ', substring($date, 1, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$date"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A network's change theories (the memo's figures), each drawn where its data has at least
       two columns, with its columns as lists one click away. -->
  <xsl:template name="change-theory-figures">
    <xsl:param name="network"/>
    <xsl:for-each select="$network//change-theory">
      <xsl:variable name="drawable">
        <xsl:call-template name="change-theory-drawable"><xsl:with-param name="theory" select="."/></xsl:call-template>
      </xsl:variable>
      <xsl:if test="$drawable = 'true'">
        <xsl:variable name="caption"><xsl:apply-templates select="caption/node()" mode="plain"/></xsl:variable>
        <figure class="chart theory" id="{@id}">
          <figcaption><xsl:value-of select="$caption"/></figcaption>
          <!-- diagram.c needs about 6.3 font sizes a column and 2.6 between columns: four
               columns get a somewhat wider (so smaller) drawing than the other charts -->
          <xsl:variable name="n" select="count(*[item])"/>
          <xsl:variable name="least" select="ceiling(($n * 6.6 + ($n - 1) * 2.7) * $chart-narrow-font)"/>
          <div class="chart-narrow">
            <xsl:call-template name="change-theory-diagram">
              <xsl:with-param name="theory" select="."/>
              <xsl:with-param name="width" select="concat('', ($least &gt; $chart-narrow-width) * $least + not($least &gt; $chart-narrow-width) * $chart-narrow-width)"/>
              <xsl:with-param name="font-size" select="$chart-narrow-font"/>
            </xsl:call-template>
          </div>
          <div class="chart-wide">
            <xsl:call-template name="change-theory-diagram"><xsl:with-param name="theory" select="."/></xsl:call-template>
          </div>
          <details class="chart-data">
            <summary>Figurens indhold som tekst<span class="visually-hidden">: <xsl:value-of select="$caption"/></span></summary>
            <div class="details-body">
              <xsl:for-each select="*[item]">
                <h3 class="theory-column"><xsl:call-template name="change-theory-heading"/></h3>
                <ul>
                  <xsl:for-each select="item"><li><xsl:value-of select="normalize-space(.)"/></li></xsl:for-each>
                </ul>
              </xsl:for-each>
              <xsl:if test="figure-source"><p class="note"><xsl:value-of select="normalize-space(figure-source)"/></p></xsl:if>
            </div>
          </details>
        </figure>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== the open data of the figures ======================================================== -->

  <xsl:template name="figures-columns">
    <column name="figur_id">Figurens id; figuren har samme id (anker) på siden.</column>
    <column name="side">Siden med figuren, fx <code>netvaerk/akut.html</code>.</column>
    <column name="figur">Figurens titel.</column>
    <column name="kategori_id">Kategoriens id: netværkets eller kommunens id, måneden (ÅÅÅÅ-MM) eller <code>uden-dato</code>.</column>
    <column name="kategori">Kategorien i ord.</column>
    <column name="serie_id">Seriens id, fx <code>godkendt</code>.</column>
    <column name="serie">Serien i ord, som i figurens signatur.</column>
    <column name="antal" type="number">Antallet i figuren.</column>
  </xsl:template>

  <xsl:template name="figure-rows">
    <xsl:param name="id"/>
    <xsl:param name="page"/>
    <xsl:param name="title"/>
    <xsl:param name="data"/>
    <xsl:for-each select="$data/category">
      <xsl:variable name="category" select="."/>
      <xsl:for-each select="$data/series">
        <row>
          <cell><xsl:value-of select="$id"/></cell>
          <cell><xsl:value-of select="$page"/></cell>
          <cell><xsl:value-of select="$title"/></cell>
          <cell><xsl:value-of select="$category/@id"/></cell>
          <cell><xsl:value-of select="$category/@label"/></cell>
          <cell><xsl:value-of select="@id"/></cell>
          <cell><xsl:value-of select="."/></cell>
          <cell><xsl:value-of select="sum($category/value[@series = current()/@id])"/></cell>
        </row>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- data/figures.csv and .json: every number of every chart on the site. -->
  <xsl:template name="figures-data-files">
    <xsl:variable name="table">
      <table name="figures">
        <xsl:call-template name="figures-columns"/>
        <xsl:variable name="all-rtf">
          <xsl:call-template name="status-chart-data">
            <xsl:with-param name="networks" select="/programme/networks/network"/>
            <xsl:with-param name="as-of" select="''"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="figure-rows">
          <xsl:with-param name="id" select="'status-netvaerk'"/>
          <xsl:with-param name="page" select="'index.html'"/>
          <xsl:with-param name="title" select="$status-chart-caption"/>
          <xsl:with-param name="data" select="exsl:node-set($all-rtf)"/>
        </xsl:call-template>
        <xsl:variable name="timeline-rtf"><xsl:call-template name="timeline-chart-data"/></xsl:variable>
        <xsl:variable name="timeline" select="exsl:node-set($timeline-rtf)"/>
        <xsl:variable name="undated-rtf">
          <xsl:copy-of select="$timeline/series"/>
          <category id="uden-dato" label="Uden dato i data">
            <xsl:for-each select="$timeline/series"><value series="{@id}"><xsl:value-of select="@undated"/></value></xsl:for-each>
          </category>
        </xsl:variable>
        <xsl:call-template name="figure-rows">
          <xsl:with-param name="id" select="'forloeb'"/>
          <xsl:with-param name="page" select="'index.html'"/>
          <xsl:with-param name="title" select="'Programmet over tid'"/>
          <xsl:with-param name="data" select="$timeline"/>
        </xsl:call-template>
        <xsl:call-template name="figure-rows">
          <xsl:with-param name="id" select="'forloeb'"/>
          <xsl:with-param name="page" select="'index.html'"/>
          <xsl:with-param name="title" select="'Programmet over tid'"/>
          <xsl:with-param name="data" select="exsl:node-set($undated-rtf)"/>
        </xsl:call-template>
        <xsl:for-each select="/programme/networks/network">
          <xsl:variable name="one-rtf">
            <xsl:call-template name="status-chart-data">
              <xsl:with-param name="networks" select="."/>
              <xsl:with-param name="as-of" select="''"/>
              <xsl:with-param name="label" select="$network-status-label"/>
            </xsl:call-template>
          </xsl:variable>
          <xsl:call-template name="figure-rows">
            <xsl:with-param name="id" select="concat('status-', @id)"/>
            <xsl:with-param name="page" select="concat('netvaerk/', @id, '.html')"/>
            <xsl:with-param name="title" select="concat($network-status-caption, normalize-space(title))"/>
            <xsl:with-param name="data" select="exsl:node-set($one-rtf)"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:for-each select="/programme/municipalities/municipality">
          <xsl:variable name="one-rtf">
            <xsl:call-template name="municipality-chart-data"><xsl:with-param name="municipality" select="."/></xsl:call-template>
          </xsl:variable>
          <xsl:call-template name="figure-rows">
            <xsl:with-param name="id" select="concat('status-', @id)"/>
            <xsl:with-param name="page" select="concat('kommune/', @id, '.html')"/>
            <xsl:with-param name="title" select="concat('Forsøgselementer i ', name, ' Kommune efter status')"/>
            <xsl:with-param name="data" select="exsl:node-set($one-rtf)"/>
          </xsl:call-template>
        </xsl:for-each>
      </table>
    </xsl:variable>
    <b:file xmlns:b="urn:frisk:bundle" href="web/data/figures.csv" format="csv"><xsl:copy-of select="$table"/></b:file>
    <b:file xmlns:b="urn:frisk:bundle" href="web/data/figures.json" format="json"><xsl:copy-of select="$table"/></b:file>
  </xsl:template>

  <!-- Captions and labels that a page and figures.csv share. -->
  <xsl:variable name="status-chart-caption" select="'Forsøg og ansøgninger fordelt på netværk og status'"/>
  <xsl:variable name="network-status-caption" select="'Forsøg og ansøgninger i netværket efter status: '"/>
  <xsl:variable name="network-status-label" select="'Netværkets forsøg og ansøgninger'"/>

</xsl:stylesheet>
