<?xml version="1.0" encoding="UTF-8"?>
<!-- The frame of every page of the site: head, skip link, header with the main menu, optional
     breadcrumb, main content, footer (with the accessibility statement). One template, so every
     page has the same landmarks and the same keyboard path. Included by ../programme.xsl. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:b="urn:frisk:bundle"
    exclude-result-prefixes="b">

  <!-- href: the page under web/; root: the way back to web/ ('' or '../'); nav: the menu item
       that is current; crumb: links between "Forside" and the page in the breadcrumb. -->
  <xsl:template name="page">
    <xsl:param name="href"/>
    <xsl:param name="root" select="''"/>
    <xsl:param name="title"/>
    <xsl:param name="nav"/>
    <xsl:param name="crumb"/>
    <xsl:param name="body"/>
    <b:file href="web/{$href}">
      <html lang="da">
        <head>
          <!-- libxslt's HTML output adds <meta http-equiv="Content-Type" … charset=UTF-8>;
               a second <meta charset> would be an error for the Nu checker. -->
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title><xsl:value-of select="concat($title, ' – Frikommuneforsøg II')"/></title>
          <link rel="stylesheet" href="{$root}site.css"/>
          <script src="{$root}site.js" defer="defer"></script>
        </head>
        <body>
          <a class="skip-link" href="#indhold">Gå til indhold</a>
          <header class="header">
            <div class="portal-header">
              <div class="container portal-inner">
                <a class="logo" href="{$root}index.html">
                  <span class="logo-mark" aria-hidden="true"></span>
                  <span class="logo-text">Frikommuneforsøg II <span class="logo-sub">2016–2020</span></span>
                </a>
                <p class="portal-info">Oversigt over forsøg med regelforenkling i kommunerne</p>
              </div>
            </div>
            <nav class="navigation" aria-label="Hovedmenu">
              <ul class="container nav-list">
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'forside'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'index.html')"/><xsl:with-param name="label" select="'Alle forsøg'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'netvaerk'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'netvaerk.html')"/><xsl:with-param name="label" select="'Netværk'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'kommuner'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'kommuner.html')"/><xsl:with-param name="label" select="'Kommuner'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'love'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'love.html')"/><xsl:with-param name="label" select="'Love og regler'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'aendringer'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'aendringer.html')"/><xsl:with-param name="label" select="'Seneste ændringer'"/></xsl:call-template>
                <xsl:call-template name="nav-item"><xsl:with-param name="key" select="'data'"/><xsl:with-param name="current" select="$nav"/><xsl:with-param name="section" select="string($crumb) != ''"/><xsl:with-param name="href" select="concat($root, 'data.html')"/><xsl:with-param name="label" select="'Åbne data'"/></xsl:call-template>
              </ul>
            </nav>
          </header>
          <main id="indhold" class="container main" tabindex="-1">
            <xsl:if test="$nav != 'forside'">
              <nav class="breadcrumbs" aria-label="Brødkrumme">
                <ol>
                  <li><a href="{$root}index.html">Forside</a></li>
                  <xsl:if test="string($crumb) != ''"><li><xsl:copy-of select="$crumb"/></li></xsl:if>
                  <li aria-current="page"><xsl:value-of select="$title"/></li>
                </ol>
              </nav>
            </xsl:if>
            <xsl:copy-of select="$body"/>
          </main>
          <footer class="footer">
            <div class="container footer-inner">
              <div class="footer-col">
                <h2 class="footer-title">Frikommuneforsøg II</h2>
                <p>Data om frikommunenetværk, forsøg, fritagelser og status, samlet fra statusnotatet (februar 2018) og netværkenes ansøgninger.</p>
              </div>
              <div class="footer-col">
                <h2 class="footer-title">Om siden</h2>
                <ul class="footer-links">
                  <li><a href="{$root}tilgaengelighed.html">Tilgængelighedserklæring</a></li>
                  <li><a href="{$root}data.html">Åbne data (CSV og JSON)</a></li>
                  <li><a href="{$root}index.html#publikationer">Publikationer</a></li>
                </ul>
              </div>
            </div>
          </footer>
        </body>
      </html>
    </b:file>
  </xsl:template>

  <xsl:template name="nav-item">
    <xsl:param name="key"/>
    <xsl:param name="current"/>
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:param name="section"/>
    <li>
      <a href="{$href}">
        <xsl:if test="$key = $current and not($section)"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>
        <xsl:if test="$key = $current and $section"><xsl:attribute name="class">active</xsl:attribute></xsl:if>
        <xsl:value-of select="$label"/>
      </a>
    </li>
  </xsl:template>

</xsl:stylesheet>
