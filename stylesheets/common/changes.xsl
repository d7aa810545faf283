<?xml version="1.0" encoding="UTF-8"?>
<!-- The changes between two dates, per network, as a neutral tree that the memo's
     "Ændringer siden sidste statusnotat" (PDF and HTML) and the site's "Seneste ændringer"
     format each in their own way, so all three list the same changes:

       <changes previous="2018-02" as-of="2018-09" added="1" decided="2" changed="0">
         <network id="akut" title="…" added="…" decided="…" changed="…">
           <change kind="added|decided|changed" item="trial|application" id="…">
             <title>…</title>
             <before label="Forventes vedtaget til opstart 1.7.2018" date=""/>   (label '' = not applied yet)
             <after label="Godkendt til opstart 1.7.2018" date="2018-06"/>
           </change>

     A change is an element (a row of a trial table) or an application that did not become a
     trial whose status as of as-of is another entry than as of previous. "added": nothing was
     known at previous (a new trial or application); "decided": it was pending (applied,
     referred for clarification, expected to be enacted) and now has an outcome; "changed":
     anything else. date is the status entry's own date ('' when the data gives none).

     Requires danish.xsl and status.xsl, included once by the including stylesheet. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:frisk="urn:frisk:functions"
    exclude-result-prefixes="frisk">

  <xsl:template name="changes-data">
    <xsl:param name="networks"/>
    <xsl:param name="previous"/>
    <xsl:param name="as-of"/>
    <xsl:variable name="all">
      <xsl:for-each select="$networks">
        <network id="{@id}" title="{normalize-space(title)}">
          <xsl:for-each select="trials/trial/element | rejections/rejection">
            <xsl:variable name="before" select="frisk:current-status(., $previous)"/>
            <xsl:variable name="after" select="frisk:current-status(., $as-of)"/>
            <xsl:if test="$after and generate-id($before) != generate-id($after)">
              <change id="{@id}">
                <xsl:attribute name="item">
                  <xsl:choose><xsl:when test="self::element">trial</xsl:when><xsl:otherwise>application</xsl:otherwise></xsl:choose>
                </xsl:attribute>
                <xsl:attribute name="kind">
                  <xsl:choose>
                    <xsl:when test="not($before)">added</xsl:when>
                    <xsl:when test="contains(' applied clarification expected ', concat(' ', $before/@kind, ' '))
                                    and not(contains(' applied clarification expected ', concat(' ', $after/@kind, ' ')))">decided</xsl:when>
                    <xsl:otherwise>changed</xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <title>
                  <xsl:choose>
                    <xsl:when test="self::element">
                      <xsl:value-of select="normalize-space(../title)"/>
                      <xsl:if test="title"> – <xsl:value-of select="normalize-space(title)"/></xsl:if>
                    </xsl:when>
                    <xsl:when test="title"><xsl:value-of select="normalize-space(title)"/></xsl:when>
                    <xsl:otherwise><xsl:value-of select="normalize-space(description)"/></xsl:otherwise>
                  </xsl:choose>
                </title>
                <before date="{$before/@date}">
                  <xsl:attribute name="label">
                    <xsl:if test="$before">
                      <xsl:call-template name="status-entry-label"><xsl:with-param name="status" select="$before"/></xsl:call-template>
                    </xsl:if>
                  </xsl:attribute>
                </before>
                <after date="{$after/@date}">
                  <xsl:attribute name="label">
                    <xsl:call-template name="status-entry-label"><xsl:with-param name="status" select="$after"/></xsl:call-template>
                  </xsl:attribute>
                </after>
              </change>
            </xsl:if>
          </xsl:for-each>
        </network>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="nodes" select="exsl:node-set($all)/network" xmlns:exsl="http://exslt.org/common"/>
    <changes previous="{$previous}" as-of="{$as-of}" added="{count($nodes/change[@kind = 'added'])}"
        decided="{count($nodes/change[@kind = 'decided'])}" changed="{count($nodes/change[@kind = 'changed'])}">
      <xsl:for-each select="$nodes[change]">
        <network id="{@id}" title="{@title}" added="{count(change[@kind = 'added'])}"
            decided="{count(change[@kind = 'decided'])}" changed="{count(change[@kind = 'changed'])}">
          <xsl:copy-of select="change"/>
        </network>
      </xsl:for-each>
    </changes>
  </xsl:template>

  <!-- What happened to one item, in a word: "Nyt forsøg", "Ny ansøgning", "Afgjort", "Ændret". -->
  <xsl:template name="change-kind-label">
    <xsl:param name="change" select="."/>
    <xsl:choose>
      <xsl:when test="$change/@kind = 'added' and $change/@item = 'trial'">Nyt forsøg</xsl:when>
      <xsl:when test="$change/@kind = 'added'">Ny ansøgning</xsl:when>
      <xsl:when test="$change/@kind = 'decided'">Afgjort</xsl:when>
      <xsl:otherwise>Ændret</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A status of a change with its date: "Godkendt til opstart 1.7.2018 (juni 2018)";
       before a change, an undated status is the one the previous edition gave:
       "… (pr. februar 2018)"; nothing known yet: "Ikke ansøgt". -->
  <xsl:template name="change-status-text">
    <xsl:param name="status"/>
    <xsl:param name="previous" select="''"/>
    <xsl:choose>
      <xsl:when test="string($status/@label) = ''">Ikke ansøgt</xsl:when>
      <xsl:otherwise><xsl:value-of select="$status/@label"/></xsl:otherwise>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="string($status/@date) != ''">
        <xsl:text> (</xsl:text>
        <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$status/@date"/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:when>
      <xsl:when test="$previous != '' and string($status/@label) != ''">
        <xsl:text> (pr. </xsl:text>
        <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$previous"/></xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The counts of a <changes> or of one of its <network>s in one line:
       "Nye forsøg og ansøgninger: 0. Afgjort: 2. Anden ændring af status: 0." -->
  <xsl:template name="change-summary">
    <xsl:param name="counts" select="."/>
    <xsl:value-of select="concat('Nye forsøg og ansøgninger: ', $counts/@added, '. Afgjort: ', $counts/@decided,
                                 '. Anden ændring af status: ', $counts/@changed, '.')"/>
  </xsl:template>

</xsl:stylesheet>
