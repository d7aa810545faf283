<?xml version="1.0" encoding="UTF-8"?>
<!-- Computed facts: every number a narrative cites (<fact name="…"/>) is counted here from the
     data as of the document's date, never typed. Memo, application and web stylesheets include
     it (with danish.xsl and status.xsl, each once).

     The template "fact" computes one fact; the template matching <fact> elements (default mode
     and mode "inline", the rich-text modes) prints it where the narrative puts it.

     Definitions (what counts — the same in src/compiler/check.c, which compares them with the memo's
     stated totals; tests/facts/ holds the two to each other):

       A trial is one row of the memo's tables (<element>), not one title cell (<trial>):
       the memo counts rows. Evidence from the seed: "19 igangværende og godkendte forsøg" in
       the employment network is the 19 rows of Tabel 1.1 under 18 titles ("Rehabiliteringsteam"
       spans two rows); "107 ansøgt" is the 72 granted rows plus the 35 applications that did
       not become trials — counting titles gives 18 and 93. An application is a row or a
       rejection (an application that did not become a trial); a <rejection part-of="…"> is a
       rejected part of a trial's application, not an application of its own, never counted.
       A row's outcome is its current status as of the date (frisk:current-status, status.xsl),
       partially approved counting as approved.

       networks               all networks (scope: network, if given: that one).
       networks-active        networks with at least one granted row ("aktive frikommuner").
       municipalities         distinct municipalities among the networks' members, including
                              members who later left (the memo: "44 kommuner indgår"; its
                              footnote then notes that Lyngby-Taarbæk no longer takes part).
       trials-applied         rows + rejections with a status known by the date.
       trials-granted         rows approved, partially approved or expected: what the government
                              "vil søge at imødekomme".
       trials-approved        rows approved or partially approved.
       trials-expected        rows expected to be enacted.
                              trials-granted = trials-approved + trials-expected.
       trials-rejected        rows and rejections whose outcome is rejected (afslag) — not
                              those withdrawn, needing no exemption or met by a general law
                              change.
       trials-in-network      trials-granted of one network (needs network).
       members-in-network     current members of one network: members minus those who left by
                              the date (needs network).
       members-left           members of one network who left by the date (needs network).
       external-evaluations   evaluation designs with external="true" (one per evaluation,
                              however many trials it covers).
     round="N" restricts the counts of applications to round N (frisk:round: the trial's or
     rejection's round, else the first round among its statuses), and networks-active to
     networks with a granted row of round N.
     A whole trial's outcome (frisk:outcome) is for tables and filters that show titles.

     Beyond the schema's names, for tables and tests (not usable in <fact>, which the schema
     restricts): elements-applied (rows with a known status) and elements-KIND (rows whose
     current status is exactly KIND, e.g. elements-approved, elements-partially-approved). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:frisk="urn:frisk:functions"
    exclude-result-prefixes="frisk">

  <!-- frisk:fact, which computes a fact as a number by the definitions above, lives in
       status.xsl with the other frisk: functions: libxslt fails to compile EXSLT functions in
       a module included after an xsl:import that already uses them (html/programme.xsl), so
       all func:function definitions are kept in the one module everything includes once. -->

  <!-- Prints one fact. name, network and round as on <fact>; as-of: the date the data is
       taken at (default: the document's date, else the latest); format: "digits" ("107",
       "1.234"), "words" ("otte"; one to twelve, larger numbers as digits) or "Words"
       ("Otte"). A fact that cannot be computed prints "??" and a message naming it (the
       checker reports its cause with file and line). -->
  <xsl:template name="fact">
    <xsl:param name="name"/>
    <xsl:param name="network" select="''"/>
    <xsl:param name="round" select="''"/>
    <xsl:param name="as-of" select="frisk:document-date()"/>
    <xsl:param name="format" select="'digits'"/>
    <xsl:variable name="n" select="frisk:fact(string($name), string($network), string($round), string($as-of))"/>
    <xsl:choose>
      <xsl:when test="string($n) = 'NaN'">
        <xsl:message>frisk: fact '<xsl:value-of select="$name"/>' cannot be computed<xsl:if test="$network = ''"> (does it need network="…"?)</xsl:if></xsl:message>
        <xsl:text>??</xsl:text>
      </xsl:when>
      <xsl:when test="$format = 'words' or $format = 'Words'">
        <xsl:variable name="word">
          <xsl:call-template name="da-count-word"><xsl:with-param name="n" select="$n"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$format = 'Words'">
            <xsl:value-of select="concat(translate(substring($word, 1, 1), 'abcdefghijklmnopqrstuvwxyzæøå', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'), substring($word, 2))"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$word"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="da-number"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A <fact/> in rich text prints its value (plain text: the surrounding output decides any
       markup). Default mode; the rich-text stylesheets' own mode="inline" rules apply
       templates to it (or call "fact-element"). -->
  <xsl:template match="fact" name="fact-element">
    <xsl:call-template name="fact">
      <xsl:with-param name="name" select="@name"/>
      <xsl:with-param name="network" select="string(@network)"/>
      <xsl:with-param name="round" select="string(@round)"/>
      <xsl:with-param name="format">
        <xsl:choose>
          <xsl:when test="@format"><xsl:value-of select="@format"/></xsl:when>
          <xsl:otherwise>digits</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
