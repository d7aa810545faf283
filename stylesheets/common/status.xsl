<?xml version="1.0" encoding="UTF-8"?>
<!-- Status "as of" a date, shared by every output: which entry of a status history is current
     on a document's date, the outcome of a whole trial, and the Danish wording of a status
     ("Godkendt til opstart 1.7.2017"). One data set serves every edition: a memo passes its own
     date, and what happened later stays out of it.

     Requires danish.xsl (da-date-short); the including stylesheet includes danish.xsl,
     status.xsl and facts.xsl once each (XSLT forbids including a module twice, so none of
     the common modules includes another). Uses EXSLT functions (func:), which frisk and
     xsltproc register.

     Also frisk:fact, the computation behind facts.xsl's template "fact" (all func:function
     definitions live here: see facts.xsl). The same definitions are implemented in src/compiler/check.c (current_status, item_outcome) so
     the checker compares a memo's stated totals with what the documents print; tests/facts/
     holds the two to each other. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:frisk="urn:frisk:functions"
    extension-element-prefixes="func"
    exclude-result-prefixes="frisk">

  <!-- The last day of a date at its precision, as a number YYYYMMDD, so dates compare as
       numbers: "2018-02-15" → 20180215, "2018-02" → 20180228 (a month counts to its last day),
       "2018" → 20181231; the empty date (no as-of: "latest") → 99991231. -->
  <func:function name="frisk:date-end">
    <xsl:param name="date"/>
    <xsl:variable name="d" select="string($date)"/>
    <xsl:variable name="y" select="number(substring($d, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($d, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="$d = ''"><func:result select="99991231"/></xsl:when>
      <xsl:when test="string-length($d) = 4"><func:result select="$y * 10000 + 1231"/></xsl:when>
      <xsl:when test="string-length($d) = 7">
        <xsl:variable name="leap" select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
        <xsl:variable name="last">
          <xsl:choose>
            <xsl:when test="$m = 2 and $leap">29</xsl:when>
            <xsl:when test="$m = 2">28</xsl:when>
            <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
            <xsl:otherwise>31</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <func:result select="$y * 10000 + $m * 100 + number($last)"/>
      </xsl:when>
      <xsl:otherwise><func:result select="number(translate(substring($d, 1, 10), '-', ''))"/></xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- The first day of a date at its precision as YYYYMMDD: "2018-02" → 20180201, "2018" →
       20180101; the empty date → 0. What ends before a document's first day has certainly
       passed by then. -->
  <func:function name="frisk:date-start">
    <xsl:param name="date"/>
    <xsl:variable name="d" select="string($date)"/>
    <xsl:choose>
      <xsl:when test="$d = ''"><func:result select="0"/></xsl:when>
      <xsl:when test="string-length($d) = 4"><func:result select="number($d) * 10000 + 101"/></xsl:when>
      <xsl:when test="string-length($d) = 7"><func:result select="number(translate($d, '-', '')) * 100 + 1"/></xsl:when>
      <xsl:otherwise><func:result select="number(translate(substring($d, 1, 10), '-', ''))"/></xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- Why a status entry is stale as of a document's date, one word, '' when it is not (and
       always '' without a date): "expected" — still expected to be enacted for a start that has
       passed; "start" — "Mulig opstart senest" a date that has passed; "operation" — expected
       in operation from a date that has passed. A date has passed when its last day lies
       before the document's first. src/freshness.c reports the same statuses. -->
  <func:function name="frisk:stale">
    <xsl:param name="status"/>
    <xsl:param name="as-of"/>
    <xsl:variable name="first" select="frisk:date-start($as-of)"/>
    <xsl:choose>
      <xsl:when test="$first = 0 or not($status)"><func:result select="''"/></xsl:when>
      <xsl:when test="$status/@kind = 'expected' and $status/@start and frisk:date-end($status/@start) &lt; $first">
        <func:result select="'expected'"/>
      </xsl:when>
      <xsl:when test="($status/@kind = 'approved' or $status/@kind = 'partially-approved') and $status/@start-latest = 'true'
                      and $status/@start and frisk:date-end($status/@start) &lt; $first">
        <func:result select="'start'"/>
      </xsl:when>
      <xsl:when test="$status/operation[@expected = 'true' and @from] and frisk:date-end($status/operation/@from) &lt; $first">
        <func:result select="'operation'"/>
      </xsl:when>
      <xsl:otherwise><func:result select="''"/></xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- The draft's mark on a stale status (frisk:stale): what has passed and what to do, e.g.
       "FORÆLDET: 1.7.2018 er passeret. Registrér ny status." Empty when
       the status is not stale. -->
  <xsl:template name="stale-note">
    <xsl:param name="status"/>
    <xsl:param name="as-of"/>
    <xsl:variable name="why" select="frisk:stale($status, $as-of)"/>
    <xsl:if test="$why != ''">
      <xsl:text>FORÆLDET: </xsl:text>
      <xsl:call-template name="da-date-short">
        <xsl:with-param name="date" select="($status/operation/@from[$why = 'operation'] | $status/@start[$why != 'operation'])[1]"/>
      </xsl:call-template>
      <xsl:text> er passeret. Registrér ny status.</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The date a document shows the data at: a memo's date; '' (the latest data) for
       everything else. An application's own date is not used: its trial applications belong
       to later rounds (src/compiler/check.c agrees). -->
  <func:function name="frisk:document-date">
    <func:result select="string(/memo/date/@value)"/>
  </func:function>

  <!-- The current status of an element or rejection as of a date: the last entry of its
       history that is known by then. An entry is known when it is undated (known by the source
       it cites, and by every later document) or dated no later than the as-of date, both taken
       to the end of their period. Empty when nothing is known yet. -->
  <func:function name="frisk:current-status">
    <xsl:param name="item"/>
    <xsl:param name="as-of" select="''"/>
    <xsl:variable name="key" select="frisk:date-end($as-of)"/>
    <func:result select="($item/status-history/status[not(@date) or frisk:date-end(@date) &lt;= $key])[last()]"/>
  </func:function>

  <!-- The outcome of a trial (or rejection) as of a date, one word:
       a trial is "approved" when one of its elements is approved or partially approved, else
       "expected" when one is expected to be enacted, else "rejected" when one is rejected,
       else the current kind of its first element with a known status (applied, clarification,
       withdrawn, ...); '' when nothing is known yet. So a trial partly granted counts as
       granted — the memo lists it under "godkendte og delvist godkendte forsøg".
       A rejection's outcome is its own current kind. -->
  <func:function name="frisk:outcome">
    <xsl:param name="item"/>
    <xsl:param name="as-of" select="''"/>
    <xsl:choose>
      <xsl:when test="local-name($item) = 'trial'">
        <xsl:variable name="kinds">
          <xsl:text> </xsl:text>
          <xsl:for-each select="$item/element">
            <xsl:value-of select="concat(frisk:current-status(., $as-of)/@kind, ' ')"/>
          </xsl:for-each>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="contains($kinds, ' approved ') or contains($kinds, ' partially-approved ')">
            <func:result select="'approved'"/>
          </xsl:when>
          <xsl:when test="contains($kinds, ' expected ')"><func:result select="'expected'"/></xsl:when>
          <xsl:when test="contains($kinds, ' rejected ')"><func:result select="'rejected'"/></xsl:when>
          <xsl:otherwise>
            <func:result select="string(normalize-space(substring-before(concat(normalize-space($kinds), ' '), ' ')))"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <func:result select="string(frisk:current-status($item, $as-of)/@kind)"/>
      </xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- Whether an outcome (or status kind) means the government will grant the trial ("vil søge
       at imødekomme"): approved, partially approved or expected to be enacted. -->
  <func:function name="frisk:is-granted">
    <xsl:param name="kind"/>
    <func:result select="contains(' approved partially-approved expected ', concat(' ', string($kind), ' ')) and string($kind) != ''"/>
  </func:function>

  <!-- A trial's or rejection's round: its own @round, else the first @round among its statuses;
       '' when unknown. -->
  <func:function name="frisk:round">
    <xsl:param name="item"/>
    <func:result select="string(($item/@round | ($item//status[@round])[1]/@round)[1])"/>
  </func:function>

  <!-- The current status entry as a named template, for stylesheets that prefer calling to
       functions: its kind ('' when none is known). -->
  <xsl:template name="status-current-kind">
    <xsl:param name="item" select="."/>
    <xsl:param name="as-of" select="frisk:document-date()"/>
    <xsl:value-of select="frisk:current-status($item, $as-of)/@kind"/>
  </xsl:template>

  <!-- The Danish label of an element's or rejection's status as of a date, as the memo's
       Status column writes it: "Godkendt til opstart 1.7.2017", and when the status records
       when the trial runs, ". Forventes i drift pr. 1.4.2018." after it. Empty when no status
       is known by then. -->
  <xsl:template name="status-label">
    <xsl:param name="item" select="."/>
    <xsl:param name="as-of" select="frisk:document-date()"/>
    <xsl:param name="with-operation" select="true()"/>
    <xsl:call-template name="status-entry-label">
      <xsl:with-param name="status" select="frisk:current-status($item, $as-of)"/>
      <xsl:with-param name="with-operation" select="$with-operation"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The Danish label of one status entry (for a history listing). The seed's wording:
       approved "Godkendt til opstart 1.7.2017" (with start-latest: "Mulig opstart senest
       1.7.2018"), partially-approved "Delvist godkendt til opstart …", expected "Forventes
       vedtaget til opstart 1.7.2018", rejected "Afslag", no-exemption-needed "Kræver ikke
       særskilt lovhjemmel", general-law-change "Imødekommet ved generel lovændring",
       clarification "Henvist til nærmere afklaring", applied "Ansøgt", withdrawn "Trukket
       tilbage". Dates in the short table form (danish.xsl). -->
  <xsl:template name="status-entry-label">
    <xsl:param name="status" select="."/>
    <xsl:param name="with-operation" select="true()"/>
    <xsl:variable name="kind" select="string($status/@kind)"/>
    <xsl:variable name="start">
      <xsl:if test="$status/@start">
        <xsl:call-template name="da-date-short"><xsl:with-param name="date" select="$status/@start"/></xsl:call-template>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$kind = 'approved' and $status/@start-latest = 'true' and $start != ''">
        <xsl:value-of select="concat('Mulig opstart senest ', $start)"/>
      </xsl:when>
      <xsl:when test="$kind = 'approved' and $start != ''"><xsl:value-of select="concat('Godkendt til opstart ', $start)"/></xsl:when>
      <xsl:when test="$kind = 'approved'">Godkendt</xsl:when>
      <xsl:when test="$kind = 'partially-approved' and $start != ''"><xsl:value-of select="concat('Delvist godkendt til opstart ', $start)"/></xsl:when>
      <xsl:when test="$kind = 'partially-approved'">Delvist godkendt</xsl:when>
      <xsl:when test="$kind = 'expected' and $start != ''"><xsl:value-of select="concat('Forventes vedtaget til opstart ', $start)"/></xsl:when>
      <xsl:when test="$kind = 'expected'">Forventes vedtaget</xsl:when>
      <xsl:when test="$kind = 'rejected'">Afslag</xsl:when>
      <xsl:when test="$kind = 'no-exemption-needed'">Kræver ikke særskilt lovhjemmel</xsl:when>
      <xsl:when test="$kind = 'general-law-change'">Imødekommet ved generel lovændring</xsl:when>
      <xsl:when test="$kind = 'clarification'">Henvist til nærmere afklaring</xsl:when>
      <xsl:when test="$kind = 'applied'">Ansøgt</xsl:when>
      <xsl:when test="$kind = 'withdrawn'">Trukket tilbage</xsl:when>
    </xsl:choose>
    <xsl:if test="$with-operation and $status/operation/@from">
      <xsl:text>. </xsl:text>
      <xsl:choose>
        <xsl:when test="$status/operation/@expected = 'true'">Forventes i drift pr. </xsl:when>
        <xsl:otherwise>I drift pr. </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="da-date-short"><xsl:with-param name="date" select="$status/operation/@from"/></xsl:call-template>
      <xsl:text>.</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- One fact (facts.xsl documents each definition) as a number; NaN for an unknown name or
       a per-network fact without network. Here rather than in facts.xsl: see there. -->
  <xsl:key name="facts-member" match="networks/network/members/member" use="@ref"/>

  <func:function name="frisk:fact">
    <xsl:param name="name"/>
    <xsl:param name="network" select="''"/>
    <xsl:param name="round" select="''"/>
    <xsl:param name="as-of" select="''"/>
    <xsl:variable name="programme" select="(/programme | /memo/programme | /application/programme)[1]"/>
    <xsl:variable name="key" select="frisk:date-end($as-of)"/>
    <xsl:variable name="networks" select="$programme/networks/network[$network = '' or @id = $network]"/>
    <xsl:variable name="trials" select="$networks/trials/trial[$round = '' or frisk:round(.) = $round]"/>
    <xsl:variable name="rows" select="$trials/element"/>
    <xsl:variable name="rejections"
        select="$networks/rejections/rejection[not(@part-of)][$round = '' or frisk:round(.) = $round]"/>
    <xsl:choose>
      <xsl:when test="$name = 'networks'">
        <func:result select="count($networks)"/>
      </xsl:when>
      <xsl:when test="$name = 'networks-active'">
        <func:result select="count($networks[trials/trial[$round = '' or frisk:round(.) = $round]
                                              /element[frisk:is-granted(frisk:current-status(., $as-of)/@kind)]])"/>
      </xsl:when>
      <xsl:when test="$name = 'municipalities' and $network = ''">
        <func:result select="count($networks/members/member[generate-id() = generate-id(key('facts-member', @ref)[1])])"/>
      </xsl:when>
      <xsl:when test="$name = 'municipalities'">
        <func:result select="count($networks/members/member[not(@ref = preceding-sibling::member/@ref)])"/>
      </xsl:when>
      <xsl:when test="$name = 'trials-applied'">
        <func:result select="count($rows[frisk:current-status(., $as-of)]) + count($rejections[frisk:current-status(., $as-of)])"/>
      </xsl:when>
      <xsl:when test="$name = 'trials-granted' or ($name = 'trials-in-network' and $network != '')">
        <func:result select="count($rows[frisk:is-granted(frisk:current-status(., $as-of)/@kind)])"/>
      </xsl:when>
      <xsl:when test="$name = 'trials-approved'">
        <func:result select="count($rows[frisk:current-status(., $as-of)/@kind = 'approved' or frisk:current-status(., $as-of)/@kind = 'partially-approved'])"/>
      </xsl:when>
      <xsl:when test="$name = 'trials-expected'">
        <func:result select="count($rows[frisk:current-status(., $as-of)/@kind = 'expected'])"/>
      </xsl:when>
      <xsl:when test="$name = 'trials-rejected'">
        <func:result select="count($rows[frisk:current-status(., $as-of)/@kind = 'rejected']) + count($rejections[frisk:current-status(., $as-of)/@kind = 'rejected'])"/>
      </xsl:when>
      <xsl:when test="($name = 'members-in-network' or $name = 'members-left') and $network != ''">
        <xsl:variable name="left" select="$networks/left[frisk:date-end(@date) &lt;= $key]/@ref"/>
        <xsl:choose>
          <xsl:when test="$name = 'members-left'">
            <func:result select="count($networks/members/member[@ref = $left])"/>
          </xsl:when>
          <xsl:otherwise>
            <func:result select="count($networks/members/member[not(@ref = $left)])"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$name = 'external-evaluations'">
        <func:result select="count($networks//evaluation[@external = 'true' or @external = '1'])"/>
      </xsl:when>
      <xsl:when test="$name = 'elements-applied'">
        <func:result select="count($rows[frisk:current-status(., $as-of)])"/>
      </xsl:when>
      <xsl:when test="starts-with($name, 'elements-')">
        <func:result select="count($rows[frisk:current-status(., $as-of)/@kind = substring-after($name, 'elements-')])"/>
      </xsl:when>
      <xsl:otherwise>
        <func:result select="number('NaN')"/>
      </xsl:otherwise>
    </xsl:choose>
  </func:function>

</xsl:stylesheet>
