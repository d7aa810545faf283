<?xml version="1.0" encoding="UTF-8"?>
<!-- What the PDF and the HTML of an application share: which municipalities a profile list or a
     trial names, the evaluation design a trial application shows (its own, its elements' and its
     trial-group's), the Danish labels of the fixed parts, and where each output file of the
     bundle goes. Included by stylesheets/{fo,html}/application.xsl together with danish.xsl,
     refs.xsl and status.xsl (which this uses: key municipality/trial-group, f:date-end,
     f:document-date). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:f="urn:frisk:functions"
    extension-element-prefixes="func"
    exclude-result-prefixes="f">

  <xsl:include href="content.xsl"/>

  <!-- Numbering of the application's own structure: a section keeps the number the author gives
       it (@number, as in the source); its sub-sections are N.K, N.K.L in document order (an
       unnumbered one, numbered="false", takes no number); tables and figures are numbered per
       section, "Tabel 4.1", "Figur 4.1" (before the first section, or in the programme's data
       printed by a round application, they are counted through the document). -->
  <xsl:template name="section-number">
    <xsl:param name="section" select="ancestor-or-self::section[1]"/>
    <xsl:choose>
      <xsl:when test="$section/parent::application"><xsl:value-of select="$section/@number"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="section-number"><xsl:with-param name="section" select="$section/parent::section"/></xsl:call-template>
        <xsl:text>.</xsl:text>
        <xsl:call-template name="section-ordinal"><xsl:with-param name="section" select="$section"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "4.2" for the second of the kind (table or image) in section 4. -->
  <xsl:template name="app-block-number">
    <xsl:param name="node"/>
    <xsl:variable name="top" select="$node/ancestor::section[parent::application]"/>
    <xsl:variable name="kind" select="local-name($node)"/>
    <xsl:variable name="before" select="$node/preceding::*[local-name() = $kind][not(ancestor::programme)]"/>
    <xsl:choose>
      <xsl:when test="$top">
        <xsl:value-of select="concat($top/@number, '.', count($before[ancestor::section[parent::application] = $top]) + 1)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="count($before[not(ancestor::section)]) + 1"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table-number">
    <xsl:param name="table" select="."/>
    <xsl:call-template name="app-block-number"><xsl:with-param name="node" select="$table"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="table-label">
    <xsl:param name="table" select="."/>
    <xsl:text>Tabel </xsl:text>
    <xsl:call-template name="table-number"><xsl:with-param name="table" select="$table"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="figure-number">
    <xsl:param name="figure" select="."/>
    <xsl:call-template name="app-block-number"><xsl:with-param name="node" select="$figure"/></xsl:call-template>
  </xsl:template>

  <!-- Anchor ids, the same in the PDF (destinations) and the HTML (fragment ids):
       "afsnit-4", "afsnit-4-2", an unnumbered one "afsnit-4-u1", "tabel-4-1", "figur-4-1". -->
  <xsl:template name="anchor">
    <xsl:param name="node" select="."/>
    <xsl:choose>
      <xsl:when test="local-name($node) = 'section' and $node/ancestor-or-self::section[@numbered = 'false']">
        <xsl:call-template name="anchor"><xsl:with-param name="node" select="$node/parent::section"/></xsl:call-template>
        <xsl:value-of select="concat('-u', count($node/preceding-sibling::section) + 1)"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'section'">
        <xsl:variable name="n"><xsl:call-template name="section-number"><xsl:with-param name="section" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="concat('afsnit-', translate($n, '.', '-'))"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'table'">
        <xsl:variable name="n"><xsl:call-template name="table-number"><xsl:with-param name="table" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="concat('tabel-', translate($n, '.', '-'))"/>
      </xsl:when>
      <xsl:when test="local-name($node) = 'image'">
        <xsl:variable name="n"><xsl:call-template name="figure-number"><xsl:with-param name="figure" select="$node"/></xsl:call-template></xsl:variable>
        <xsl:value-of select="concat('figur-', translate($n, '.', '-'))"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Footnotes are numbered through the application's own text. -->
  <xsl:template name="footnote-number">
    <xsl:param name="footnote" select="."/>
    <xsl:for-each select="$footnote">
      <xsl:number level="any" count="footnote[not(ancestor::programme)]" from="application"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The municipalities of a network that are members on the application's date: members
       minus those whose <left> is dated on or before it (document order of the members). -->
  <func:function name="f:app-current-members">
    <xsl:param name="network"/>
    <xsl:variable name="as-of" select="f:date-end(f:document-date())"/>
    <xsl:variable name="left" select="$network/left[f:date-end(@date) &lt;= $as-of]/@ref"/>
    <func:result select="key('municipality', $network/members/member[not(@ref = $left)]/@ref)"/>
  </func:function>

  <!-- A trial's participating municipalities: its <participants>, else (absent) all current
       members of its network. -->
  <func:function name="f:app-participants">
    <xsl:param name="trial"/>
    <xsl:choose>
      <xsl:when test="$trial/participants">
        <func:result select="key('municipality', $trial/participants/municipality-ref/@ref)"/>
      </xsl:when>
      <xsl:otherwise>
        <func:result select="f:app-current-members($trial/ancestor::network[1])"/>
      </xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- The evaluation designs that hold for a trial: its own, its elements' and its trial-group's
       (the same union src/compiler/check.c checks for the evaluation minimum). -->
  <func:function name="f:app-evaluations">
    <xsl:param name="trial"/>
    <func:result select="$trial/evaluation | $trial/element/evaluation | key('trial-group', $trial/@group)/evaluation"/>
  </func:function>

  <!-- A trial's target group: stated on its elements, else in its evaluation designs. -->
  <func:function name="f:app-target-groups">
    <xsl:param name="trial"/>
    <xsl:choose>
      <xsl:when test="$trial/element/target-group">
        <func:result select="$trial/element/target-group"/>
      </xsl:when>
      <xsl:otherwise>
        <func:result select="f:app-evaluations($trial)/target-group"/>
      </xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- Where the outputs go, relative to the output folder: the application itself at
       applications/NAME.EXT (NAME = the input file's name, as for every document), its round
       applications at applications/<network>-runde-<N>.EXT (DESIGN.md, "Output paths"). -->
  <xsl:template name="app-main-href">
    <xsl:param name="source-file"/>
    <xsl:param name="extension"/>
    <xsl:variable name="base">
      <xsl:call-template name="app-file-name"><xsl:with-param name="path" select="$source-file"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="substring($base, string-length($base) - 3) = '.xml'"><xsl:value-of select="substring($base, 1, string-length($base) - 4)"/></xsl:when>
        <xsl:when test="$base != ''"><xsl:value-of select="$base"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="/application/@id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat('applications/', $name, '.', $extension)"/>
  </xsl:template>

  <xsl:template name="app-file-name">
    <xsl:param name="path"/>
    <xsl:choose>
      <xsl:when test="contains($path, '/')">
        <xsl:call-template name="app-file-name"><xsl:with-param name="path" select="substring-after($path, '/')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$path"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="app-round-href">
    <xsl:param name="round"/>
    <xsl:param name="extension"/>
    <xsl:value-of select="concat('applications/', /application/@network, '-runde-', $round, '.', $extension)"/>
  </xsl:template>

  <!-- The title of a round application: "Ansøgning om frikommuneforsøg, ansøgningsrunde 2". -->
  <xsl:template name="app-round-title">
    <xsl:param name="round"/>
    <xsl:value-of select="concat('Ansøgning om frikommuneforsøg, ansøgningsrunde ', $round)"/>
  </xsl:template>

  <!-- The cover's title line: the title in capitals, as the original's cover sets it. -->
  <xsl:template name="app-upper">
    <xsl:param name="text"/>
    <xsl:value-of select="translate($text, 'abcdefghijklmnopqrstuvwxyzæøåéü', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅÉÜ')"/>
  </xsl:template>

  <!-- "Ikast-Brande Kommune" for a municipality. -->
  <xsl:template name="app-municipality-name">
    <xsl:param name="ref"/>
    <xsl:value-of select="concat(key('municipality', $ref)/name, ' Kommune')"/>
  </xsl:template>

  <!-- "Herning, Holstebro og Hedensted kommuner." ("… kommune." for one partner). -->
  <xsl:template name="app-partners">
    <xsl:param name="partners"/>
    <xsl:call-template name="join-and"><xsl:with-param name="items" select="$partners"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="count($partners) = 1"> kommune.</xsl:when>
      <xsl:otherwise> kommuner.</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Political goals as the seed writes them: "Levende by i vækst - Alle børn skal lære mere
       - … - Økonomisk råderum." -->
  <xsl:template name="app-goals">
    <xsl:param name="goals"/>
    <xsl:for-each select="$goals">
      <xsl:if test="position() &gt; 1"> - </xsl:if>
      <xsl:value-of select="normalize-space(.)"/>
    </xsl:for-each>
    <xsl:text>.</xsl:text>
  </xsl:template>

  <!-- The position of a municipality in a municipality-profiles/@order list, for sorting;
       municipalities the list does not name come after, in member order. -->
  <xsl:template name="app-order-key">
    <xsl:param name="order"/>
    <xsl:param name="id"/>
    <xsl:variable name="padded" select="concat(' ', normalize-space($order), ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($padded, concat(' ', $id, ' '))">
        <xsl:value-of select="string-length(substring-before($padded, concat(' ', $id, ' ')))"/>
      </xsl:when>
      <xsl:otherwise>100000</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "A. De udsatte børn og unge (2016 - 2019)": the focus area text and its period, written as
       the application writes it. -->
  <xsl:template name="app-focus-area-period">
    <xsl:param name="area" select="."/>
    <xsl:if test="$area/@from">
      <xsl:value-of select="concat(' (', $area/@from)"/>
      <xsl:if test="$area/@to and $area/@to != $area/@from"><xsl:value-of select="concat(' - ', $area/@to)"/></xsl:if>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- Evaluation types in Danish: "virkningsevaluering og implementeringsevaluering". -->
  <xsl:template name="app-evaluation-types">
    <xsl:param name="types"/>
    <xsl:variable name="words">
      <xsl:if test="contains(concat(' ', $types, ' '), ' effect ')">effektevaluering|</xsl:if>
      <xsl:if test="contains(concat(' ', $types, ' '), ' impact ')">virkningsevaluering|</xsl:if>
      <xsl:if test="contains(concat(' ', $types, ' '), ' process ')">procesevaluering|</xsl:if>
      <xsl:if test="contains(concat(' ', $types, ' '), ' implementation ')">implementeringsevaluering|</xsl:if>
    </xsl:variable>
    <xsl:call-template name="app-join-bars"><xsl:with-param name="text" select="$words"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="app-join-bars">
    <xsl:param name="text"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="contains($text, '|')">
      <xsl:variable name="rest" select="substring-after($text, '|')"/>
      <xsl:if test="not($first)">
        <xsl:choose>
          <xsl:when test="contains($rest, '|')">, </xsl:when>
          <xsl:otherwise> og </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:value-of select="substring-before($text, '|')"/>
      <xsl:call-template name="app-join-bars">
        <xsl:with-param name="text" select="$rest"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- Who evaluates: "Netværket evaluerer selv" / "Ekstern evaluering". -->
  <xsl:template name="app-evaluation-responsible">
    <xsl:param name="evaluation"/>
    <xsl:choose>
      <xsl:when test="$evaluation/@external = 'true' or $evaluation/@external = '1' or $evaluation/@responsible = 'external'">Ekstern evaluering</xsl:when>
      <xsl:when test="$evaluation/@responsible = 'network'">Netværket har selv evalueringsansvaret</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The line before the programme's limits on trials (programme/rules). -->
  <xsl:template name="round-rules-lead">
    <xsl:variable name="rules" select="/application/programme/rules"/>
    <xsl:text>Frikommuneforsøgets rammer</xsl:text>
    <xsl:if test="$rules/@invitation-date">
      <xsl:text> (invitationen af </xsl:text>
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$rules/@invitation-date"/></xsl:call-template>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:text>:</xsl:text>
  </xsl:template>

  <!-- The text of a part the data lacks. The checker (src/compiler/check.c) stops a build before any
       output is made when an applied trial lacks the evaluation minimum; a draft build shows
       this text in the document instead of leaving the part out. -->
  <xsl:template name="app-missing-text">
    <xsl:param name="what"/>
    <xsl:value-of select="concat('MANGLER: ', $what, ' er ikke angivet i data og skal udfyldes før indsendelse.')"/>
  </xsl:template>

</xsl:stylesheet>
