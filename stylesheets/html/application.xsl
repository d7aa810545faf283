<?xml version="1.0" encoding="UTF-8"?>
<!-- A network's application as accessible HTML pages (lang="da", skip link, landmarks,
     headings in order). Returns a bundle: the application itself (applications/NAME.html) and
     one round application per round it applies in (applications/<network>-runde-<N>.html,
     html/application-round.xsl). Same content and order as the PDF (fo/application.xsl);
     shared logic in common/application-structure.xsl; the look is the memo's
     (html/memo-css.xsl) plus application-css below. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:f="urn:frisk:functions"
    xmlns:b="urn:frisk:bundle"
    exclude-result-prefixes="f">

  <xsl:include href="../common/danish.xsl"/>
  <xsl:include href="../common/refs.xsl"/>
  <xsl:include href="../common/status.xsl"/>
  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="../common/application-structure.xsl"/>
  <xsl:include href="rich-text.xsl"/>
  <xsl:include href="memo-css.xsl"/>
  <xsl:include href="application-round.xsl"/>

  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:param name="source-file"/>
  <!-- "true" for a draft (status="draft"): a KLADDE banner and title, placeholders highlighted. -->
  <xsl:param name="draft" select="string(/application/@status = 'draft')"/>

  <xsl:variable name="network" select="key('network', /application/@network)"/>

  <xsl:template match="/application">
    <b:bundle>
      <b:file>
        <xsl:attribute name="href">
          <xsl:call-template name="app-main-href">
            <xsl:with-param name="source-file" select="$source-file"/>
            <xsl:with-param name="extension" select="'html'"/>
          </xsl:call-template>
        </xsl:attribute>
        <xsl:call-template name="application-page"/>
      </b:file>
      <xsl:for-each select="trial-applications[not(@round = preceding-sibling::trial-applications/@round)]">
        <b:file>
          <xsl:attribute name="href">
            <xsl:call-template name="app-round-href">
              <xsl:with-param name="round" select="@round"/>
              <xsl:with-param name="extension" select="'html'"/>
            </xsl:call-template>
          </xsl:attribute>
          <xsl:call-template name="round-page"/>
        </b:file>
      </xsl:for-each>
    </b:bundle>
  </xsl:template>

  <xsl:template name="application-css">
    <xsl:call-template name="memo-css"/>
    <xsl:text>
.cover { padding: 2.5rem 0 1.5rem; border-bottom: 2px solid var(--accent); }
.cover .network { font-family: "Noto Sans", Arial, sans-serif; font-weight: bold; color: #333; margin: 0; }
.cover h1 { text-transform: uppercase; font-size: 2.1rem; margin: 1.5rem 0 0.5rem; }
.cover .theme { font-family: "Noto Sans", Arial, sans-serif; font-size: 1.35rem; color: var(--accent); margin: 0; }
.signatures { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; list-style: none; padding: 0; margin: 1.5rem 0 0.5rem;
              font-family: "Noto Sans", Arial, sans-serif; }
.signatures li { min-width: 12rem; }
.signatures .name { font-weight: bold; display: block; }
.signatures .municipality { display: block; margin-top: 0.5rem; }
.date { font-family: "Noto Sans", Arial, sans-serif; font-weight: bold; }
.contact { background: var(--shade); padding: 1rem 1.25rem; margin: 1.5rem 0; font-family: "Noto Sans", Arial, sans-serif; }
.contact p { margin: 0.2rem 0; }
.contact .name { font-weight: bold; }
.profiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; margin: 1rem 0 1.5rem; }
.profile { background: var(--shade); padding: 0.75rem 1rem; font-family: "Noto Sans", Arial, sans-serif; font-size: 0.95rem; }
.profile h3 { margin: 0 0 0.5rem; }
.profile dl { margin: 0; }
.profile dt { font-weight: bold; }
.profile dd { margin: 0 0 0.5rem; }
.focus-areas { list-style: none; padding-left: 0; }
.focus-areas .label { font-weight: bold; display: inline-block; min-width: 1.75rem; }
aside.pull-quote { margin: 2rem 2.5rem; padding: 0.75rem 0; border-top: 1px solid var(--accent); border-bottom: 1px solid var(--accent);
                   font-family: "Noto Sans", Arial, sans-serif; font-style: italic; font-size: 1.3rem; line-height: 1.45;
                   color: var(--accent); text-align: center; border-left: 0; }
aside.pull-quote p { margin: 0; }
.facts th { width: 30%; }
.missing { border: 2px solid #b00020; color: #b00020; font-family: "Noto Sans", Arial, sans-serif; font-weight: bold; padding: 0.4rem 0.6rem; }
.laws { font-size: 0.9rem; color: #444; }
.placeholder { background: #fff0a0; }
.dispensation-request { border-left: 3px solid #1f4e79; padding-left: 1rem; margin: 1rem 0; }
.draft-banner { background: #b00020; color: #fff; padding: 0.4rem 1rem; font-family: "Noto Sans", Arial, sans-serif; font-weight: bold; }
</xsl:text>
  </xsl:template>

  <!-- ==== the application itself ==================================================== -->

  <xsl:template name="application-page">
    <html lang="da">
      <head>
        <!-- No <meta charset>: the HTML serialiser writes the Content-Type meta itself, and both
             together are invalid. -->
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:if test="$draft = 'true'">KLADDE – </xsl:if><xsl:value-of select="concat(title, ' – ', $network/title)"/></title>
        <style><xsl:call-template name="application-css"/></style>
      </head>
      <body>
        <a class="skip-link" href="#indhold">Gå til indhold</a>
        <xsl:if test="$draft = 'true'"><p class="draft-banner">KLADDE – ikke indsendt</p></xsl:if>
        <header class="cover">
          <p class="network"><xsl:value-of select="concat('Frikommunenetværket ”', $network/title, '”')"/></p>
          <h1><xsl:apply-templates select="title/node()" mode="inline"/></h1>
          <xsl:if test="theme">
            <p class="theme">Tema: ”<xsl:apply-templates select="theme/node()" mode="inline"/>”</p>
          </xsl:if>
        </header>
        <nav class="toc" aria-labelledby="indhold-titel">
          <h2 id="indhold-titel">Indhold</h2>
          <ol>
            <li><a href="#foelgebrev">Følgebrev</a></li>
            <xsl:for-each select="section">
              <li><a href="#afsnit-{@number}"><xsl:value-of select="concat(@number, '. ', title)"/></a></li>
            </xsl:for-each>
            <xsl:for-each select="trial-applications[not(@round = preceding-sibling::trial-applications/@round)]">
              <li>
                <a>
                  <xsl:attribute name="href">
                    <xsl:call-template name="app-file-name">
                      <xsl:with-param name="path">
                        <xsl:call-template name="app-round-href">
                          <xsl:with-param name="round" select="@round"/>
                          <xsl:with-param name="extension" select="'html'"/>
                        </xsl:call-template>
                      </xsl:with-param>
                    </xsl:call-template>
                  </xsl:attribute>
                  <xsl:call-template name="app-round-title"><xsl:with-param name="round" select="@round"/></xsl:call-template>
                </a>
              </li>
            </xsl:for-each>
          </ol>
        </nav>
        <main id="indhold">
          <section id="foelgebrev" aria-labelledby="foelgebrev-titel">
            <h2 id="foelgebrev-titel"><xsl:apply-templates select="title/node()" mode="inline"/></h2>
            <xsl:apply-templates select="letter/*" mode="block"/>
            <xsl:if test="normalize-space(letter) = ''">
              <xsl:call-template name="missing"><xsl:with-param name="what" select="'Følgebrevet'"/></xsl:call-template>
            </xsl:if>
            <xsl:apply-templates select="dispensation-request"/>
            <xsl:if test="not(signatories/signatory)">
              <xsl:call-template name="missing"><xsl:with-param name="what" select="'Underskrifterne'"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="signatories/signatory">
            <ul class="signatures" aria-label="Underskrifter">
              <xsl:for-each select="signatories/signatory">
                <li>
                  <xsl:call-template name="placeholder-class"/>
                  <span class="name"><xsl:value-of select="name"/></span>
                  <span class="title"><xsl:value-of select="title"/></span>
                  <span class="municipality">
                    <xsl:call-template name="app-municipality-name"><xsl:with-param name="ref" select="municipality/@ref"/></xsl:call-template>
                  </span>
                </li>
              </xsl:for-each>
            </ul>
            </xsl:if>
            <xsl:if test="date">
              <p class="date">
                <time datetime="{date/@value}">
                  <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="date/@value"/></xsl:call-template>
                </time>
              </p>
            </xsl:if>
            <xsl:if test="not(date)">
              <xsl:call-template name="missing"><xsl:with-param name="what" select="'Datoen'"/></xsl:call-template>
            </xsl:if>
            <xsl:apply-templates select="contact"/>
            <xsl:apply-templates select="lead-pending"/>
            <xsl:if test="not(contact | lead-pending)">
              <xsl:call-template name="missing"><xsl:with-param name="what" select="'Kontaktpersonen'"/></xsl:call-template>
            </xsl:if>
          </section>
          <xsl:apply-templates select="section"/>
          <xsl:call-template name="footnote-list"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="contact">
    <div class="contact">
      <xsl:call-template name="placeholder-class"/>
      <p>Spørgsmål og korrespondance i forbindelse med nærværende ansøgning kan rettes til:</p>
      <p class="name"><xsl:value-of select="name"/></p>
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
      <xsl:if test="string($role) != ''"><p><xsl:value-of select="$role"/></p></xsl:if>
      <xsl:for-each select="email">
        <p>E: <a href="mailto:{normalize-space(.)}"><xsl:value-of select="."/></a></p>
      </xsl:for-each>
      <xsl:for-each select="phone">
        <p><xsl:call-template name="phone-label"/>: <xsl:value-of select="."/></p>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- A request to depart from one of the invitation's rules, under the letter. -->
  <xsl:template match="dispensation-request">
    <aside class="dispensation-request" aria-label="Anmodning om dispensation">
      <h3>
        <xsl:text>Anmodning om dispensation</xsl:text>
        <xsl:variable name="rule" select="/application/programme/rules/rule[@kind = current()/@rule]"/>
        <xsl:if test="$rule">
          <xsl:text> fra invitationens regel: ”</xsl:text><xsl:value-of select="normalize-space($rule)"/><xsl:text>”</xsl:text>
        </xsl:if>
      </h3>
      <xsl:apply-templates select="*" mode="block"/>
    </aside>
  </xsl:template>

  <xsl:template match="lead-pending">
    <p class="lead-pending">
      <xsl:text>Netværksansvarlig kommune udpeges</xsl:text>
      <xsl:if test="@by">
        <xsl:text> senest </xsl:text>
        <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="@by"/></xsl:call-template>
      </xsl:if>
      <xsl:text>. Indtil da er kontaktpersonen:</xsl:text>
    </p>
    <xsl:apply-templates select="*[not(self::contact)]" mode="block"/>
    <xsl:apply-templates select="contact"/>
  </xsl:template>

  <!-- In a draft, a part still holding the template's example is marked (class placeholder). -->
  <xsl:template name="placeholder-class">
    <xsl:if test="$draft = 'true' and descendant-or-self::*/@placeholder">
      <xsl:attribute name="class">placeholder</xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[ancestor::*[@placeholder][not(self::application)]]" mode="inline">
    <xsl:choose>
      <xsl:when test="$draft = 'true'"><mark class="placeholder"><xsl:value-of select="."/></mark></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="phone-label">
    <xsl:choose>
      <xsl:when test="@kind = 'mobile'">M</xsl:when>
      <xsl:when test="@kind = 'direct'">D</xsl:when>
      <xsl:otherwise>T</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="application/section">
    <section id="afsnit-{@number}" aria-labelledby="afsnit-{@number}-titel">
      <h2 id="afsnit-{@number}-titel"><xsl:value-of select="concat(@number, '. ', title)"/></h2>
      <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
      <xsl:apply-templates select="section" mode="block"/>
    </section>
  </xsl:template>

  <!-- A sub-section: h3 under the section's h2, h4 under it, …: one outline, no skipped level. -->
  <xsl:template match="section/section" mode="block">
    <xsl:variable name="anchor"><xsl:call-template name="anchor"/></xsl:variable>
    <xsl:variable name="level" select="count(ancestor::section) + 2"/>
    <section id="{$anchor}">
      <xsl:element name="{concat('h', $level - ($level - 6) * number($level &gt; 6))}">
        <xsl:if test="not(ancestor-or-self::section[@numbered = 'false'])">
          <span class="number"><xsl:call-template name="section-number"/></span>
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:value-of select="title"/>
      </xsl:element>
      <xsl:apply-templates select="*[not(self::title or self::section)]" mode="block"/>
      <xsl:apply-templates select="section" mode="block"/>
    </section>
  </xsl:template>

  <!-- A pull quote repeats the text for emphasis: an aside, set apart as in the original. -->
  <xsl:template match="application//pull-quote" mode="block">
    <aside class="pull-quote">
      <p><xsl:value-of select="'”'"/><xsl:apply-templates mode="inline"/><xsl:value-of select="'”'"/></p>
    </aside>
  </xsl:template>

  <xsl:template match="municipality-profiles" mode="block">
    <xsl:variable name="order" select="normalize-space(@order)"/>
    <div class="profiles">
      <xsl:for-each select="f:app-current-members(key('network', current()/@network))">
        <xsl:sort select="string-length(substring-before(concat(' ', $order, ' '), concat(' ', @id, ' '))) + 100000 * number(not(contains(concat(' ', $order, ' '), concat(' ', @id, ' '))))" data-type="number"/>
        <section class="profile" aria-labelledby="profil-{@id}">
          <h3 id="profil-{@id}"><xsl:value-of select="name"/></h3>
          <dl>
            <xsl:if test="population">
              <dt>Indbyggertal (<xsl:call-template name="da-date-long"><xsl:with-param name="date" select="population/@date"/></xsl:call-template>):</dt>
              <dd><xsl:call-template name="da-number"><xsl:with-param name="n" select="population/@value"/></xsl:call-template></dd>
            </xsl:if>
            <dt>Region:</dt>
            <dd><xsl:value-of select="@region"/></dd>
            <xsl:if test="collaborations/partner">
              <dt>Nære samarbejdsrelationer:</dt>
              <dd><xsl:call-template name="app-partners"><xsl:with-param name="partners" select="collaborations/partner"/></xsl:call-template></dd>
            </xsl:if>
            <xsl:if test="political-goals/goal">
              <dt>Centrale politiske målsætninger:</dt>
              <dd><xsl:call-template name="app-goals"><xsl:with-param name="goals" select="political-goals/goal"/></xsl:call-template></dd>
            </xsl:if>
          </dl>
        </section>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="focus-area-list" mode="block">
    <ul class="focus-areas">
      <xsl:for-each select="key('network', @network)/focus-areas/focus-area">
        <li>
          <span class="label"><xsl:value-of select="concat(@label, '.')"/></span>
          <xsl:text> </xsl:text>
          <xsl:apply-templates mode="inline"/>
          <xsl:call-template name="app-focus-area-period"/>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

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
