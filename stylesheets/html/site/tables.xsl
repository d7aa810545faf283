<?xml version="1.0" encoding="UTF-8"?>
<!-- The site's tables: trial elements (front page, network, municipality and law pages), the
     rejections of a network, and the filter form. Each table works without JavaScript; the data-*
     attributes on rows and cells are what site.js sorts and filters by. Included by
     ../programme.xsl (which brings refs.xsl, status.xsl and opendata.xsl's templates). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:func="http://exslt.org/functions"
    xmlns:frisk="urn:frisk:functions"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="func exsl"
    exclude-result-prefixes="frisk exsl">

  <!-- The trials a municipality takes part in: named participants, else all current members. -->
  <xsl:key name="trials-of-municipality" match="networks/network/trials/trial[participants]"
      use="participants/municipality-ref/@ref"/>
  <xsl:key name="trials-of-municipality" match="networks/network/trials/trial[not(participants)]"
      use="../../members/member[not(@ref = ../../left/@ref)]/@ref"/>

  <!-- The anchor of a § on a law page: "p-30-a"; "uden-paragraf" for a whole law or chapter. -->
  <func:function name="frisk:paragraph-anchor">
    <xsl:param name="exemption"/>
    <xsl:choose>
      <xsl:when test="$exemption/@paragraph">
        <func:result select="concat('p-', translate($exemption/@paragraph, ' ', '-'))"/>
      </xsl:when>
      <xsl:otherwise><func:result select="'uden-paragraf'"/></xsl:otherwise>
    </xsl:choose>
  </func:function>

  <func:function name="frisk:law-page">
    <xsl:param name="law-id"/>
    <func:result select="concat('lov/', translate($law-id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '.html')"/>
  </func:function>

  <!-- Municipality names as links, "A, B og C". -->
  <xsl:template name="municipality-links">
    <xsl:param name="towns"/>
    <xsl:param name="root"/>
    <xsl:for-each select="$towns">
      <xsl:if test="position() &gt; 1">
        <xsl:choose>
          <xsl:when test="position() = last()"> og </xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <a href="{$root}kommune/{@id}.html"><xsl:value-of select="name"/></a>
    </xsl:for-each>
  </xsl:template>

  <!-- Rich text as paragraphs of plain text (the same lines as the open data's "tekst"). -->
  <xsl:template name="plain-paragraphs">
    <xsl:param name="blocks"/>
    <xsl:for-each select="$blocks//*[self::p or self::item][not(ancestor::footnote)]">
      <xsl:variable name="me" select="generate-id()"/>
      <xsl:variable name="raw">
        <xsl:for-each select=".//text()[not(ancestor::footnote)][generate-id(ancestor::*[self::p or self::item or self::list][1]) = $me]">
          <xsl:value-of select="."/>
        </xsl:for-each>
      </xsl:variable>
      <p><xsl:value-of select="normalize-space($raw)"/></p>
    </xsl:for-each>
  </xsl:template>

  <!-- The table of trial elements. elements: the rows, in document order; root: the way back to
       web/ from the page; law and paragraph: the § a law page is about (its exemption is marked). -->
  <xsl:template name="trial-table">
    <xsl:param name="id"/>
    <xsl:param name="caption"/>
    <xsl:param name="elements"/>
    <xsl:param name="root"/>
    <xsl:param name="show-network" select="true()"/>
    <xsl:param name="law" select="''"/>
    <xsl:param name="paragraph" select="''"/>
    <div class="table-scroll" role="region" aria-labelledby="{$id}-caption" tabindex="0">
      <table class="table sortable trials" id="{$id}">
        <caption id="{$id}-caption">
          <xsl:value-of select="$caption"/>
          <span class="caption-count">
            <xsl:text> (</xsl:text>
            <span class="row-count"><xsl:value-of select="count($elements)"/></span>
            <xsl:choose>
              <xsl:when test="count($elements) = 1"> række)</xsl:when>
              <xsl:otherwise> rækker)</xsl:otherwise>
            </xsl:choose>
          </span>
        </caption>
        <thead>
          <tr>
            <xsl:if test="$show-network"><th scope="col" class="col-network">Netværk</th></xsl:if>
            <th scope="col" class="col-trial">Forsøg</th>
            <th scope="col" class="col-exemptions">Fritagelse fra</th>
            <th scope="col" class="col-towns">Kommuner</th>
            <th scope="col" class="col-status">Status</th>
            <th scope="col" class="col-start">Start</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$elements">
            <xsl:call-template name="trial-row">
              <xsl:with-param name="root" select="$root"/>
              <xsl:with-param name="show-network" select="$show-network"/>
              <xsl:with-param name="law" select="$law"/>
              <xsl:with-param name="paragraph" select="$paragraph"/>
            </xsl:call-template>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <xsl:template name="trial-row">
    <xsl:param name="root"/>
    <xsl:param name="show-network"/>
    <xsl:param name="law"/>
    <xsl:param name="paragraph"/>
    <xsl:variable name="trial" select=".."/>
    <xsl:variable name="net" select="ancestor::network[1]"/>
    <xsl:variable name="status" select="frisk:current-status(., '')"/>
    <xsl:variable name="towns-rtf">
      <xsl:call-template name="od-trial-municipalities"><xsl:with-param name="trial" select="$trial"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="towns" select="exsl:node-set($towns-rtf)/municipality"/>
    <tr data-network="{$net/@id}" data-status="{$status/@kind}">
      <xsl:attribute name="data-municipalities">
        <xsl:for-each select="$towns"><xsl:value-of select="concat(' ', @id)"/></xsl:for-each>
        <xsl:text> </xsl:text>
      </xsl:attribute>
      <xsl:attribute name="data-laws">
        <xsl:for-each select="exemption"><xsl:value-of select="concat(' ', @law)"/></xsl:for-each>
        <xsl:text> </xsl:text>
      </xsl:attribute>
      <xsl:if test="$show-network">
        <td class="col-network"><a href="{$root}netvaerk/{$net/@id}.html"><xsl:value-of select="$net/title"/></a></td>
      </xsl:if>
      <th scope="row" class="col-trial">
        <span class="trial-title"><xsl:value-of select="normalize-space($trial/title)"/></span>
        <xsl:if test="count($trial/element) &gt; 1">
          <span class="element-no">
            <xsl:value-of select="concat(' (element ', count(preceding-sibling::element) + 1, ' af ', count($trial/element), ')')"/>
          </span>
        </xsl:if>
        <details>
          <summary>Om fritagelsen</summary>
          <div class="details-body">
            <xsl:call-template name="plain-paragraphs"><xsl:with-param name="blocks" select="text"/></xsl:call-template>
            <xsl:if test="purpose">
              <p class="details-heading">Formål</p>
              <xsl:call-template name="plain-paragraphs"><xsl:with-param name="blocks" select="purpose"/></xsl:call-template>
            </xsl:if>
            <xsl:if test="target-group">
              <p class="details-heading">Målgruppe</p>
              <xsl:call-template name="plain-paragraphs"><xsl:with-param name="blocks" select="target-group"/></xsl:call-template>
            </xsl:if>
          </div>
        </details>
      </th>
      <td class="col-exemptions">
        <xsl:if test="exemption">
          <ul class="plain">
            <xsl:for-each select="exemption">
              <li>
                <xsl:if test="@law = $law and string(@paragraph) = $paragraph"><xsl:attribute name="class">current</xsl:attribute></xsl:if>
                <a href="{$root}{frisk:law-page(@law)}#{frisk:paragraph-anchor(.)}">
                  <xsl:call-template name="exemption-label"/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </td>
      <td class="col-towns">
        <xsl:call-template name="municipality-links">
          <xsl:with-param name="towns" select="$towns"/>
          <xsl:with-param name="root" select="$root"/>
        </xsl:call-template>
      </td>
      <td class="col-status">
        <span class="status status-{$status/@kind}">
          <xsl:call-template name="status-entry-label">
            <xsl:with-param name="status" select="$status"/>
            <xsl:with-param name="with-operation" select="false()"/>
          </xsl:call-template>
        </span>
      </td>
      <td class="col-start" data-sort="{$status/@start}">
        <xsl:if test="$status/@start">
          <xsl:call-template name="da-date-short"><xsl:with-param name="date" select="$status/@start"/></xsl:call-template>
        </xsl:if>
      </td>
    </tr>
  </xsl:template>

  <!-- Applications that did not become trials. -->
  <xsl:template name="rejection-table">
    <xsl:param name="rejections"/>
    <xsl:param name="caption"/>
    <div class="table-scroll" role="region" aria-labelledby="afslag-caption" tabindex="0">
      <table class="table sortable" id="afslag-tabel">
        <caption id="afslag-caption"><xsl:value-of select="$caption"/></caption>
        <thead>
          <tr>
            <th scope="col">Ansøgning</th>
            <th scope="col">Fritagelse fra</th>
            <th scope="col">Afgørelse</th>
            <th scope="col">Begrundelse</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rejections">
            <xsl:variable name="status" select="frisk:current-status(., '')"/>
            <tr>
              <th scope="row">
                <xsl:choose>
                  <xsl:when test="title"><span class="trial-title"><xsl:value-of select="normalize-space(title)"/></span></xsl:when>
                  <xsl:otherwise><span class="trial-title">Ansøgning uden titel</span></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="description">
                  <details>
                    <summary>Om ansøgningen</summary>
                    <div class="details-body">
                      <xsl:call-template name="plain-paragraphs"><xsl:with-param name="blocks" select="description"/></xsl:call-template>
                    </div>
                  </details>
                </xsl:if>
              </th>
              <td>
                <xsl:if test="exemption">
                  <ul class="plain">
                    <xsl:for-each select="exemption">
                      <li><xsl:call-template name="exemption-label"/></li>
                    </xsl:for-each>
                  </ul>
                </xsl:if>
              </td>
              <td>
                <span class="status status-{$status/@kind}">
                  <xsl:call-template name="status-entry-label">
                    <xsl:with-param name="status" select="$status"/>
                    <xsl:with-param name="with-operation" select="false()"/>
                  </xsl:call-template>
                </span>
              </td>
              <td><xsl:value-of select="normalize-space($status/reason)"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- The filter form for the front page's table. Hidden until site.js shows it (it does nothing
       without JavaScript); its state lives in the query string (?netvaerk=…&kommune=…&status=…&lov=…). -->
  <xsl:template name="filter-form">
    <xsl:param name="table-id"/>
    <form class="filters" data-table="{$table-id}" hidden="hidden" aria-labelledby="filter-titel">
      <h3 id="filter-titel" class="filters-title">Filtrér forsøgene</h3>
      <div class="filter-fields">
        <div class="form-group">
          <label for="f-netvaerk">Netværk</label>
          <select id="f-netvaerk" name="netvaerk" data-attr="network">
            <option value="">Alle netværk</option>
            <xsl:for-each select="/programme/networks/network[trials/trial]">
              <option value="{@id}"><xsl:value-of select="title"/></option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-group">
          <label for="f-kommune">Kommune</label>
          <select id="f-kommune" name="kommune" data-attr="municipalities">
            <option value="">Alle kommuner</option>
            <xsl:for-each select="/programme/municipalities/municipality[key('trials-of-municipality', @id)]">
              <xsl:sort select="name"/>
              <option value="{@id}"><xsl:value-of select="name"/></option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-group">
          <label for="f-status">Status</label>
          <select id="f-status" name="status" data-attr="status">
            <option value="">Alle</option>
            <xsl:variable name="kinds">
              <xsl:for-each select="$all-elements"><xsl:value-of select="concat(' ', frisk:current-status(., '')/@kind, ' ')"/></xsl:for-each>
            </xsl:variable>
            <xsl:for-each select="exsl:node-set($status-kinds-rtf)/kind[contains($kinds, concat(' ', ., ' '))]">
              <option value="{.}">
                <xsl:call-template name="od-status-kind-label"><xsl:with-param name="kind" select="string(.)"/></xsl:call-template>
              </option>
            </xsl:for-each>
          </select>
        </div>
        <div class="form-group">
          <label for="f-lov">Lov</label>
          <select id="f-lov" name="lov" data-attr="laws">
            <option value="">Alle love</option>
            <xsl:for-each select="$exempted-laws">
              <xsl:sort select="title"/>
              <option value="{@id}">
                <xsl:value-of select="title"/>
                <xsl:if test="abbreviation"> (<xsl:value-of select="abbreviation"/>)</xsl:if>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </div>
      <div class="filter-actions">
        <button type="reset" class="button button-secondary">Nulstil filtre</button>
        <p class="filter-result" role="status" aria-live="polite"></p>
      </div>
    </form>
  </xsl:template>

  <xsl:variable name="status-kinds-rtf">
    <kind>approved</kind><kind>partially-approved</kind><kind>expected</kind><kind>clarification</kind>
    <kind>applied</kind><kind>rejected</kind><kind>no-exemption-needed</kind><kind>general-law-change</kind>
    <kind>withdrawn</kind>
  </xsl:variable>

</xsl:stylesheet>
