<?xml version="1.0" encoding="UTF-8"?>
<!-- The status memo as one accessible HTML page: the same structure, numbering and anchor ids
     as the PDF (stylesheets/common/memo-structure.xsl), a table of contents with links, tables
     with header cells, figures as diagrams (frisk replaces each urn:frisk:diagram element with
     an inline SVG carrying its text alternative), footnotes as linked notes. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
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
  <xsl:include href="changes.xsl"/>
  <xsl:include href="../common/diagrams.xsl"/>
  <xsl:include href="rich-text.xsl"/>
  <xsl:include href="memo-css.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:param name="source-file"/>
  <!-- The edition's date decides every status shown ("as of"), so one data set serves all. -->
  <xsl:variable name="as-of" select="/memo/date/@value"/>

  <xsl:template match="/memo">
    <html lang="da">
      <head>
        <!-- libxslt writes the charset meta element itself (html output method). -->
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="title"/></title>
        <style><xsl:call-template name="memo-css"/></style>
      </head>
      <body>
        <a class="skip-link" href="#indhold">Gå til indhold</a>
        <header class="title-block">
          <p class="publisher"><xsl:value-of select="publisher"/></p>
          <h1><xsl:value-of select="title"/></h1>
          <xsl:if test="subtitle"><p class="subtitle"><xsl:value-of select="subtitle"/></p></xsl:if>
          <p class="byline">
            <xsl:call-template name="join-and"><xsl:with-param name="items" select="authors/author"/></xsl:call-template>
            <xsl:text> · </xsl:text>
            <xsl:call-template name="da-date-long-capital"><xsl:with-param name="date" select="date/@value"/></xsl:call-template>
          </p>
        </header>
        <nav class="toc" aria-labelledby="indhold-titel">
          <h2 id="indhold-titel">Indhold</h2>
          <ol>
            <li><a href="#forord">Forord</a></li>
            <li><a href="#overordnet-status"><xsl:value-of select="overview/title"/></a></li>
            <xsl:if test="previous-edition"><li><a href="#aendringer">Ændringer siden sidste statusnotat</a></li></xsl:if>
            <xsl:for-each select="chapter">
              <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
              <li>
                <a href="#{$anchor}">
                  <xsl:call-template name="chapter-number"/><xsl:text> </xsl:text>
                  <xsl:call-template name="chapter-title"/>
                </a>
                <ol>
                  <xsl:for-each select="section">
                    <xsl:variable name="section-anchor"><xsl:call-template name="anchor"/></xsl:variable>
                    <li><a href="#{$section-anchor}">
                      <xsl:call-template name="section-number"/><xsl:text> </xsl:text>
                      <xsl:call-template name="section-title"/>
                    </a></li>
                  </xsl:for-each>
                </ol>
              </li>
            </xsl:for-each>
            <xsl:for-each select="appendix">
              <li><a href="#bilag"><xsl:value-of select="title"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <main id="indhold">
          <xsl:apply-templates select="foreword | overview"/>
          <xsl:if test="previous-edition"><xsl:call-template name="changes-section"/></xsl:if>
          <xsl:apply-templates select="chapter | appendix"/>
          <xsl:call-template name="footnote-list"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="foreword">
    <section id="forord" aria-labelledby="forord-titel">
      <h2 id="forord-titel">Forord</h2>
      <xsl:apply-templates mode="block"/>
      <p class="signature">
        <xsl:call-template name="join-and"><xsl:with-param name="items" select="../authors/author"/></xsl:call-template>
        <br/>
        <xsl:call-template name="da-date-long-capital"><xsl:with-param name="date" select="../date/@value"/></xsl:call-template>
      </p>
    </section>
  </xsl:template>

  <xsl:template match="overview">
    <section id="overordnet-status" aria-labelledby="overordnet-status-titel">
      <h2 id="overordnet-status-titel"><xsl:value-of select="title"/></h2>
      <xsl:apply-templates select="*[not(self::title)]" mode="block"/>
    </section>
  </xsl:template>

  <xsl:template match="overview/section | section/section" mode="block">
    <xsl:call-template name="memo-section"/>
  </xsl:template>

  <xsl:template match="chapter">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <section class="chapter" id="{$anchor}" aria-labelledby="{$anchor}-titel">
      <h2 id="{$anchor}-titel">
        <span class="number"><xsl:call-template name="chapter-number"/></span>
        <xsl:text> </xsl:text>
        <xsl:call-template name="chapter-title"/>
      </h2>
      <xsl:apply-templates select="intro/*" mode="block"/>
      <xsl:apply-templates select="section"/>
    </section>
  </xsl:template>

  <xsl:template match="chapter/section">
    <xsl:call-template name="memo-section"/>
  </xsl:template>

  <!-- A section at any depth: h3 under a chapter's (or the overview's) h2, h4 under it, and so
       on, so the headings form one outline without skipped levels (as the PDF's bookmarks). -->
  <xsl:template name="memo-section">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="level" select="count(ancestor::section) + 3"/>
    <section id="{$anchor}">
      <xsl:element name="{concat('h', $level - ($level - 6) * number($level &gt; 6))}">
        <xsl:if test="ancestor::chapter and not(ancestor-or-self::section[@numbered = 'false'])">
          <span class="number"><xsl:call-template name="section-number"/></span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:call-template name="section-title"/>
      </xsl:element>
      <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
      <xsl:apply-templates select="section" mode="block"/>
    </section>
  </xsl:template>

  <xsl:template match="appendix">
    <section id="bilag" aria-labelledby="bilag-titel">
      <h2 id="bilag-titel"><xsl:value-of select="title"/></h2>
      <xsl:apply-templates select="*[not(self::title)]" mode="block"/>
    </section>
  </xsl:template>

  <!-- Tabel N.1: a row per element; the trial's title spans its elements. -->
  <xsl:template match="trial-table" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <!-- A wide table scrolls inside its own region, which the keyboard can reach. -->
    <div class="table-wrap" tabindex="0" role="region">
      <xsl:attribute name="aria-label"><xsl:call-template name="table-label"/></xsl:attribute>
      <table id="{$anchor}" class="trials">
        <caption>
          <span class="label"><xsl:call-template name="table-label"/></span>
          <xsl:text> </xsl:text>
          <xsl:value-of select="caption"/>
        </caption>
        <thead>
          <tr>
            <th scope="col">Forsøg</th>
            <th scope="col">Fritagelse fra lovgivning og formål</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <xsl:for-each select="key('network', @network)/trials/trial">
          <xsl:if test="fn:is-granted(fn:outcome(., $as-of))">
          <tbody>
            <xsl:for-each select="element">
              <tr>
                <xsl:if test="position() = 1">
                  <th scope="rowgroup" rowspan="{count(../element)}" id="{../@id}">
                    <xsl:value-of select="../title"/>
                  </th>
                </xsl:if>
                <td>
                  <xsl:if test="title"><p class="element-title"><xsl:value-of select="title"/></p></xsl:if>
                  <xsl:apply-templates select="text/* | purpose/* | target-group/*" mode="block"/>
                </td>
                <td class="status">
                  <xsl:call-template name="status-label">
                    <xsl:with-param name="item" select="."/>
                    <xsl:with-param name="as-of" select="$as-of"/>
                  </xsl:call-template>
                  <!-- A draft edition marks a status whose date has passed. -->
                  <xsl:variable name="stale-note">
                    <xsl:call-template name="stale-note">
                      <xsl:with-param name="status" select="fn:current-status(., $as-of)"/>
                      <xsl:with-param name="as-of" select="$as-of"/>
                    </xsl:call-template>
                  </xsl:variable>
                  <xsl:if test="string($stale-note) != ''">
                    <strong class="stale"><xsl:value-of select="$stale-note"/></strong>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
          </xsl:if>
        </xsl:for-each>
      </table>
    </div>
  </xsl:template>

  <!-- The network's rejected and other applications, with their outcome and reason. -->
  <xsl:template match="rejection-list" mode="block">
    <ul class="rejections">
      <xsl:variable name="list" select="."/>
      <xsl:for-each select="key('network', @network)/rejections/rejection[
          (not($list/@round) or @round = $list/@round) and
          (not($list/@status) or contains(concat(' ', normalize-space($list/@status), ' '),
                                          concat(' ', status-history/status[last()]/@kind, ' ')))]">
        <li>
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
            <br/><xsl:text>― </xsl:text><xsl:apply-templates select="description/p[1]/node()" mode="inline"/>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <!-- Bilagstabel B.1: every network, its members and its theme. -->
  <xsl:template match="network-table" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <div class="table-wrap" tabindex="0" role="region">
      <xsl:attribute name="aria-label"><xsl:call-template name="table-label"/></xsl:attribute>
      <table id="{$anchor}" class="networks">
        <caption>
          <span class="label"><xsl:call-template name="table-label"/></span>
          <xsl:text> </xsl:text>
          <xsl:value-of select="caption"/>
        </caption>
        <thead>
          <tr>
            <th scope="col">Tema</th>
            <th scope="col">Netværkskommuner</th>
            <th scope="col">Indhold</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="/memo/programme/networks/network">
            <tr>
              <th scope="row"><xsl:call-template name="appendix-network-title"/></th>
              <td>
                <xsl:for-each select="members/member">
                  <xsl:if test="position() &gt; 1">, </xsl:if>
                  <xsl:call-template name="municipality-name-in-memo">
                    <xsl:with-param name="municipality" select="key('municipality', @ref)"/>
                  </xsl:call-template>
                </xsl:for-each>
              </td>
              <td><xsl:apply-templates select="description/node()" mode="inline"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- One column of a change theory as a list ("Følgende forventede mekanismer …:"). -->
  <xsl:template match="change-theory-items" mode="block">
    <xsl:variable name="column" select="@column"/>
    <ul>
      <xsl:for-each select="key('change-theory', @ref)/*[local-name() = $column]/item">
        <li><xsl:apply-templates mode="inline"/></li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template match="change-theory-figure" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="theory" select="key('change-theory', @ref)"/>
    <xsl:variable name="drawable">
      <xsl:call-template name="change-theory-drawable"><xsl:with-param name="theory" select="$theory"/></xsl:call-template>
    </xsl:variable>
    <figure id="{$anchor}">
      <xsl:choose>
        <xsl:when test="$drawable = 'true'">
          <xsl:call-template name="change-theory-diagram"><xsl:with-param name="theory" select="$theory"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p class="figure-missing">Figurens indhold er ikke beskrevet i datagrundlaget.</p></xsl:otherwise>
      </xsl:choose>
      <figcaption>
        <span class="label">Figur <xsl:call-template name="figure-number"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="$theory/caption/node()" mode="inline"/>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- An overview figure drawn from the data: every network's trials by status. -->
  <xsl:template match="status-chart" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <figure id="{$anchor}">
      <xsl:call-template name="status-chart-diagram">
        <xsl:with-param name="networks" select="/memo/programme/networks/network"/>
        <xsl:with-param name="as-of" select="$as-of"/>
        <xsl:with-param name="title" select="caption"/>
      </xsl:call-template>
      <figcaption>
        <span class="label">Figur <xsl:call-template name="figure-number"/></span>
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="caption/node()" mode="inline"/>
      </figcaption>
    </figure>
  </xsl:template>

  <!-- "Ændringer siden sidste statusnotat": every change between the previous edition's date
       and this one's, per network (common/changes.xsl, html/changes.xsl). -->
  <xsl:template name="changes-section">
    <xsl:variable name="changes">
      <xsl:call-template name="changes-data">
        <xsl:with-param name="networks" select="/memo/programme/networks/network"/>
        <xsl:with-param name="previous" select="string(/memo/previous-edition/@date)"/>
        <xsl:with-param name="as-of" select="$as-of"/>
      </xsl:call-template>
    </xsl:variable>
    <section id="aendringer" aria-labelledby="aendringer-titel">
      <h2 id="aendringer-titel">Ændringer siden sidste statusnotat</h2>
      <xsl:call-template name="changes-html">
        <xsl:with-param name="changes" select="exsl:node-set($changes)/changes"/>
      </xsl:call-template>
    </section>
  </xsl:template>

</xsl:stylesheet>
