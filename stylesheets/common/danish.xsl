<?xml version="1.0" encoding="UTF-8"?>
<!-- Danish conventions shared by every output: dates ("1. juli 2017" in prose, "1.7.2017" in
     tables), numbers ("40.798", "2,5"), quotation marks (”…”) and law references
     ("§ 48, stk. 1, nr. 2, 3. pkt."). The C code never formats text; these templates do. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:decimal-format name="da" decimal-separator="," grouping-separator="." minus-sign="-"/>

  <xsl:variable name="da-months"
      select="'januar februar marts april maj juni juli august september oktober november december '"/>

  <!-- The name of month m (1–12) in lower case. -->
  <xsl:template name="da-month-name">
    <xsl:param name="m"/>
    <xsl:call-template name="da-nth-word">
      <xsl:with-param name="words" select="$da-months"/>
      <xsl:with-param name="n" select="number($m)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="da-nth-word">
    <xsl:param name="words"/>
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &lt;= 1"><xsl:value-of select="substring-before($words, ' ')"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="da-nth-word">
          <xsl:with-param name="words" select="substring-after($words, ' ')"/>
          <xsl:with-param name="n" select="$n - 1"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ISO date (YYYY-MM-DD, YYYY-MM or YYYY) in prose: "1. juli 2017", "februar 2018". -->
  <xsl:template name="da-date-long">
    <xsl:param name="date"/>
    <xsl:variable name="y" select="substring($date, 1, 4)"/>
    <xsl:variable name="m" select="substring($date, 6, 2)"/>
    <xsl:variable name="d" select="substring($date, 9, 2)"/>
    <xsl:if test="$d != ''"><xsl:value-of select="number($d)"/>. </xsl:if>
    <xsl:if test="$m != ''">
      <xsl:call-template name="da-month-name"><xsl:with-param name="m" select="$m"/></xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:value-of select="$y"/>
  </xsl:template>

  <!-- The same with a capital month, for a title page: "Februar 2018". -->
  <xsl:template name="da-date-long-capital">
    <xsl:param name="date"/>
    <xsl:variable name="text">
      <xsl:call-template name="da-date-long"><xsl:with-param name="date" select="$date"/></xsl:call-template>
    </xsl:variable>
    <xsl:value-of select="concat(translate(substring($text, 1, 1), 'abcdefghijklmnopqrstuvwxyzæøå', 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ'), substring($text, 2))"/>
  </xsl:template>

  <!-- ISO date in a table cell: "1.7.2017". -->
  <xsl:template name="da-date-short">
    <xsl:param name="date"/>
    <xsl:variable name="y" select="substring($date, 1, 4)"/>
    <xsl:variable name="m" select="substring($date, 6, 2)"/>
    <xsl:variable name="d" select="substring($date, 9, 2)"/>
    <xsl:choose>
      <xsl:when test="$d != ''"><xsl:value-of select="concat(number($d), '.', number($m), '.', $y)"/></xsl:when>
      <xsl:when test="$m != ''"><xsl:value-of select="concat(number($m), '.', $y)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$y"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A number with Danish separators: 40798 → "40.798", 2.5 → "2,5". -->
  <xsl:template name="da-number">
    <xsl:param name="n"/>
    <xsl:value-of select="format-number($n, '#.##0,###', 'da')"/>
  </xsl:template>

  <!-- Numbers one to twelve as words, as Danish prose writes small counts ("otte netværk"). -->
  <xsl:template name="da-count-word">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &gt;= 1 and $n &lt;= 12">
        <xsl:call-template name="da-nth-word">
          <xsl:with-param name="words" select="'en to tre fire fem seks syv otte ni ti elleve tolv '"/>
          <xsl:with-param name="n" select="$n"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="da-number"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Danish quotation marks around a text. -->
  <xsl:template name="da-quote">
    <xsl:param name="text"/>
    <xsl:value-of select="concat('”', $text, '”')"/>
  </xsl:template>

</xsl:stylesheet>
