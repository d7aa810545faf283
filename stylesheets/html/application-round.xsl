<?xml version="1.0" encoding="UTF-8"?>
<!-- A round application as an HTML page: the same content and order as the PDF
     (fo/application-round.xsl): network facts, the programme's limits, an overview table, then
     per trial its participants, exemptions, description and purpose, target group, expected
     results, evaluation design and (where the data has them) legal-certainty considerations. A
     required part the data lacks is shown as a MANGLER note, never left out. Included by
     html/application.xsl (uses its $network, $draft, application-css, phone-label). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:frisk:functions"
    exclude-result-prefixes="f">

  <xsl:key name="app-rejection" match="rejection" use="@id"/>

  <!-- Context: the first trial-applications of a round. -->
  <xsl:template name="round-page">
    <xsl:variable name="round" select="string(@round)"/>
    <xsl:variable name="refs" select="../trial-applications[@round = $round]/trial-ref"/>
    <xsl:variable name="title">
      <xsl:call-template name="app-round-title"><xsl:with-param name="round" select="$round"/></xsl:call-template>
    </xsl:variable>
    <html lang="da">
      <head>
        <!-- No <meta charset>: the HTML serialiser writes the Content-Type meta itself, and both
             together are invalid. -->
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="concat($title, ' – ', $network/title)"/></title>
        <style><xsl:call-template name="application-css"/></style>
      </head>
      <body>
        <a class="skip-link" href="#indhold">Gå til indhold</a>
        <xsl:if test="$draft = 'true'"><p class="draft-banner">KLADDE – ikke indsendt</p></xsl:if>
        <header class="title-block">
          <p class="publisher"><xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '”')"/></p>
          <h1><xsl:value-of select="$title"/></h1>
        </header>
        <nav class="toc" aria-labelledby="indhold-titel">
          <h2 id="indhold-titel">Indhold</h2>
          <ol>
            <li><a href="#oversigt">Oversigt over ansøgte forsøg</a></li>
            <xsl:for-each select="$refs">
              <li><a href="#forsoeg-{@ref}"><xsl:value-of select="concat(position(), '. ')"/><xsl:call-template name="round-item-title"/></a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <main id="indhold">
          <section aria-labelledby="netvaerk-titel">
            <h2 id="netvaerk-titel">Netværk og ansøgningsrunde</h2>
            <xsl:call-template name="round-facts"><xsl:with-param name="round" select="$round"/></xsl:call-template>
            <xsl:call-template name="round-intro">
              <xsl:with-param name="round" select="$round"/>
              <xsl:with-param name="count" select="count($refs)"/>
            </xsl:call-template>
          </section>
          <xsl:call-template name="round-overview"><xsl:with-param name="refs" select="$refs"/></xsl:call-template>
          <xsl:for-each select="$refs">
            <xsl:call-template name="round-item"><xsl:with-param name="number" select="position()"/></xsl:call-template>
          </xsl:for-each>
          <xsl:call-template name="footnote-list"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="round-item-title">
    <xsl:variable name="item" select="key('trial', @ref) | key('app-rejection', @ref)"/>
    <xsl:choose>
      <xsl:when test="$item/title"><xsl:value-of select="normalize-space($item/title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@ref"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="round-facts">
    <xsl:param name="round"/>
    <xsl:variable name="r" select="/application/programme/rounds/round[@number = $round]"/>
    <xsl:variable name="date" select="(/application/trial-applications[@round = $round]/date)[1]"/>
    <table class="facts">
      <tbody>
        <tr><th scope="row">Frikommunenetværk</th><td><xsl:value-of select="$network/title"/></td></tr>
        <tr><th scope="row">Frikommuner</th><td><xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-current-members($network)/name"/></xsl:call-template></td></tr>
        <xsl:if test="$network/lead">
          <tr><th scope="row">Netværksansvarlig kommune</th><td><xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="$network/lead/@ref"/></xsl:call-template></td></tr>
        </xsl:if>
        <xsl:for-each select="(/application/contact | $network/contact)[1]">
          <tr>
            <th scope="row">Kontaktperson</th>
            <td>
              <xsl:value-of select="name"/>
              <xsl:if test="title"><xsl:value-of select="concat(', ', title)"/></xsl:if>
              <xsl:if test="municipality">
                <xsl:text>, </xsl:text>
                <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
              </xsl:if>
              <xsl:for-each select="email"> · E: <a href="mailto:{normalize-space(.)}"><xsl:value-of select="."/></a></xsl:for-each>
              <xsl:for-each select="phone">
                <xsl:text> · </xsl:text><xsl:call-template name="phone-label"/><xsl:value-of select="concat(': ', .)"/>
              </xsl:for-each>
            </td>
          </tr>
        </xsl:for-each>
        <tr>
          <th scope="row">Ansøgningsrunde</th>
          <td><xsl:call-template name="round-line"><xsl:with-param name="r" select="$r"/><xsl:with-param name="round" select="$round"/></xsl:call-template></td>
        </tr>
        <xsl:if test="$date">
          <tr><th scope="row">Dato</th><td><xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$date/@value"/></xsl:call-template></td></tr>
        </xsl:if>
      </tbody>
    </table>
  </xsl:template>

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

  <xsl:template name="round-intro">
    <xsl:param name="round"/>
    <xsl:param name="count"/>
    <xsl:variable name="rules" select="/application/programme/rules/rule[@kind = 'constitution' or @kind = 'eu-law' or @kind = 'economic-advantage' or @kind = 'legal-certainty']"/>
    <p>
      <xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '” ansøger hermed om ')"/>
      <xsl:call-template name="da-count-word"><xsl:with-param name="n" select="$count"/></xsl:call-template>
      <xsl:value-of select="concat(' frikommuneforsøg i ansøgningsrunde ', $round, '. ')"/>
      <xsl:text>For hvert forsøg angives de deltagende kommuner, de bestemmelser, der søges fritagelse fra, forsøgets formål og målgruppe samt evalueringsdesignets minimumsindhold: forventede resultater, målgruppe, evalueringsmetode og eventuel nulpunktsmåling</xsl:text>
      <xsl:if test="key('law', 'BEK-EVAL')">
        <xsl:text>, jf. </xsl:text>
        <xsl:value-of select="translate(substring(key('law', 'BEK-EVAL')/title, 1, 1), 'B', 'b')"/>
        <xsl:value-of select="substring(key('law', 'BEK-EVAL')/title, 2)"/>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </p>
    <xsl:if test="$rules">
      <p><xsl:call-template name="round-rules-lead"/></p>
      <ul>
        <xsl:for-each select="$rules"><li><xsl:apply-templates mode="inline"/></li></xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template name="round-overview">
    <xsl:param name="refs"/>
    <section aria-labelledby="oversigt-titel">
      <h2 id="oversigt-titel">Oversigt over ansøgte forsøg</h2>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="oversigt-titel">
        <table id="oversigt" class="trials">
          <caption>Ansøgte forsøg, fritagelser og deltagende kommuner</caption>
          <thead>
            <tr><th scope="col">Nr.</th><th scope="col">Forsøg</th><th scope="col">Fritagelse fra lovgivning</th><th scope="col">Deltagende kommuner</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="$refs">
              <xsl:variable name="trial" select="key('trial', @ref)"/>
              <tr>
                <td><xsl:value-of select="position()"/></td>
                <th scope="row"><a href="#forsoeg-{@ref}"><xsl:call-template name="round-item-title"/></a></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="$trial/element/exemption">
                      <xsl:for-each select="$trial/element/exemption">
                        <xsl:if test="position() &gt; 1">; </xsl:if>
                        <xsl:call-template name="provision-label"/>
                      </xsl:for-each>
                    </xsl:when>
                    <xsl:otherwise>Ikke angivet</xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:if test="$trial">
                    <xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-participants($trial)/name"/></xsl:call-template>
                  </xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="round-item">
    <xsl:param name="number"/>
    <xsl:variable name="trial" select="key('trial', @ref)"/>
    <section id="forsoeg-{@ref}" aria-labelledby="forsoeg-{@ref}-titel">
      <h2 id="forsoeg-{@ref}-titel"><xsl:value-of select="concat($number, '. ')"/><xsl:call-template name="round-item-title"/></h2>
      <xsl:choose>
        <xsl:when test="$trial">
          <xsl:for-each select="$trial"><xsl:call-template name="trial-application"/></xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="key('app-rejection', @ref)/description/*" mode="block"/>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="missing">
    <xsl:param name="what"/>
    <p class="missing"><xsl:call-template name="app-missing-text"><xsl:with-param name="what" select="$what"/></xsl:call-template></p>
  </xsl:template>

  <!-- Context: the trial. -->
  <xsl:template name="trial-application">
    <xsl:variable name="evaluations" select="f:app-evaluations(.)"/>
    <xsl:variable name="target-groups" select="f:app-target-groups(.)"/>

    <h3>Deltagende kommuner</h3>
    <p>
      <xsl:call-template name="join-and"><xsl:with-param name="items" select="f:app-participants(.)/name"/></xsl:call-template>
      <xsl:if test="not(participants)"> (alle netværkets kommuner)</xsl:if>
    </p>

    <h3>Fritagelse fra lovgivning</h3>
    <xsl:for-each select="element">
      <xsl:if test="title"><p class="element-title"><strong><xsl:apply-templates select="title/node()" mode="inline"/></strong></p></xsl:if>
      <xsl:choose>
        <xsl:when test="exemption">
          <ul>
            <xsl:for-each select="exemption"><li><xsl:call-template name="exemption-text"/></li></xsl:for-each>
          </ul>
          <p class="laws">
            <xsl:for-each select="exemption[not(@law = preceding-sibling::exemption/@law)]">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <xsl:call-template name="law-label"><xsl:with-param name="law" select="key('law', current()/@law)"/></xsl:call-template>
              <xsl:value-of select="concat(': ', key('law', @law)/title)"/>
            </xsl:for-each>
          </p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="missing"><xsl:with-param name="what" select="'Bestemmelserne (lov, §, stk.), der søges fritagelse fra,'"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>

    <h3>Beskrivelse og formål</h3>
    <xsl:for-each select="element">
      <xsl:apply-templates select="text/*" mode="block"/>
      <xsl:if test="purpose">
        <p><em>Formål:</em></p>
        <xsl:apply-templates select="purpose/*" mode="block"/>
      </xsl:if>
    </xsl:for-each>

    <h3>Målgruppe</h3>
    <xsl:choose>
      <xsl:when test="$target-groups"><xsl:apply-templates select="$target-groups/*" mode="block"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="missing"><xsl:with-param name="what" select="'Målgruppen'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <h3>Forventede resultater</h3>
    <xsl:choose>
      <xsl:when test="$evaluations/expected-results/result">
        <ul><xsl:for-each select="$evaluations/expected-results/result"><li><xsl:apply-templates mode="inline"/></li></xsl:for-each></ul>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="missing"><xsl:with-param name="what" select="'Forventede resultater'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>

    <h3>Evalueringsdesign</h3>
    <xsl:for-each select="$evaluations"><xsl:call-template name="evaluation-design"/></xsl:for-each>
    <xsl:if test="not($evaluations/method)">
      <xsl:call-template name="missing"><xsl:with-param name="what" select="'Evalueringsmetoden'"/></xsl:call-template>
    </xsl:if>

    <xsl:variable name="legal" select="legal-certainty | element/legal-certainty | $evaluations/legal-certainty"/>
    <xsl:if test="$legal">
      <h3>Borgernes retssikkerhed</h3>
      <xsl:apply-templates select="$legal/*" mode="block"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="exemption-text">
    <xsl:choose>
      <xsl:when test="@kind = 'extension'">Udvidelse af </xsl:when>
      <xsl:when test="@kind = 'new-authority'">Ny hjemmel i </xsl:when>
    </xsl:choose>
    <xsl:call-template name="provision-label"/>
    <xsl:if test="normalize-space(.) != ''"><xsl:value-of select="concat(' – ', normalize-space(.))"/></xsl:if>
  </xsl:template>

  <!-- One evaluation design (context: the evaluation). Its parts are h4 under "Evalueringsdesign". -->
  <xsl:template name="evaluation-design">
    <xsl:variable name="group" select="parent::trial-group"/>
    <xsl:if test="$group">
      <p>
        <xsl:text>Evalueringsdesignet er fælles for forsøgene </xsl:text>
        <xsl:for-each select="//trial[@group = $group/@id]">
          <xsl:if test="position() &gt; 1">
            <xsl:choose><xsl:when test="position() = last()"> og </xsl:when><xsl:otherwise>, </xsl:otherwise></xsl:choose>
          </xsl:if>
          <xsl:value-of select="concat('”', normalize-space(title), '”')"/>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
    <xsl:variable name="types">
      <xsl:call-template name="app-evaluation-types"><xsl:with-param name="types" select="@types"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="responsible">
      <xsl:call-template name="app-evaluation-responsible"><xsl:with-param name="evaluation" select="."/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string($types) != '' or string($responsible) != ''">
      <p>
        <xsl:if test="string($types) != ''">
          <strong>Evalueringsform: </strong>
          <xsl:value-of select="concat(translate(substring($types, 1, 1), 'epvi', 'EPVI'), substring($types, 2))"/>
          <xsl:if test="string($responsible) != ''">. </xsl:if>
        </xsl:if>
        <xsl:if test="string($responsible) != ''"><xsl:value-of select="concat($responsible, '.')"/></xsl:if>
      </p>
    </xsl:if>
    <xsl:for-each select="evaluator">
      <p><strong><xsl:value-of select="@org"/>: </strong><xsl:apply-templates mode="inline"/></p>
    </xsl:for-each>
    <xsl:if test="method">
      <h4>Evalueringsmetode</h4>
      <xsl:apply-templates select="method/*" mode="block"/>
    </xsl:if>
    <xsl:if test="data-sources">
      <h4>Datakilder</h4>
      <ul><xsl:for-each select="data-sources/data-source"><li><xsl:apply-templates mode="inline"/></li></xsl:for-each></ul>
    </xsl:if>
    <xsl:if test="baseline">
      <h4>Nulpunktsmåling</h4>
      <xsl:apply-templates select="baseline/*" mode="block"/>
    </xsl:if>
    <xsl:if test="control-group">
      <h4>Kontrolgruppe</h4>
      <xsl:apply-templates select="control-group/*" mode="block"/>
    </xsl:if>
    <xsl:if test="schedule">
      <h4>Måleplan</h4>
      <ul>
        <xsl:for-each select="schedule/measurement">
          <li>
            <xsl:if test="@date"><xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@date"/></xsl:call-template>: </xsl:if>
            <xsl:apply-templates mode="inline"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
