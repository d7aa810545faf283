# XSLT confinement (issue 8): a stylesheet cannot write files, reach the network or read
# outside the input and stylesheet folders. Each attack is a throwaway stylesheet for <laws>
# placed in a temporary copy of frisk's home (FRISK_HOME), so the real stylesheets stay as
# they are. Every attack must fail with a located error, exit 1, write nothing and leak nothing.
. tests/lib.sh
out=$(suite_out robustness-xslt)
abs=$(cd "$out" && pwd)

home="$abs/home"
mkdir -p "$home/build" "$home/stylesheets/html"
cp -r schema fonts "$home/"
cp -r stylesheets/common "$home/stylesheets/"
cp build/hyph_da_DK.dic "$home/build/"
mkdir -p "$abs/input" "$abs/outside"
cp tests/e2e/small/laws.xml "$abs/input/laws.xml"
echo 'frisk-secret-outside' > "$abs/outside/secret.txt"
printf '<?xml version="1.0"?>\n<secret>frisk-secret-outside</secret>\n' > "$abs/outside/secret.xml"
cat > "$abs/outside/evil.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="evil"><p>frisk-secret-outside</p></xsl:template>
</xsl:stylesheet>
XSL

# attack NAME BODY [TOP-LEVEL]: a stylesheet for <laws> whose template holds BODY.
attack() {
    cat > "$home/stylesheets/html/laws.xsl" <<XSL
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" xmlns:saxon="http://icl.com/saxon"
    xmlns:redirect="org.apache.xalan.xslt.extensions.Redirect"
    extension-element-prefixes="exsl saxon redirect">
  $3
  <xsl:output method="html"/>
  <xsl:template match="/"><html><body><p>laws</p>$2</body></html></xsl:template>
</xsl:stylesheet>
XSL
    rm -rf "$abs/output" "$abs/pwned.txt"
    FRISK_HOME="$home" timeout 30 $FRISK build -o "$abs/output" "$abs/input" \
        > "$out/$1.stdout" 2> "$out/$1.stderr"
    status=$?
    check_eq "$1: exit status 1" "$status" 1
    if grep -qE "^[^ ]+(:[0-9]+)*: error: " "$out/$1.stderr"; then ok "$1: located error"
    else not_ok "$1: located error" "$(head -n 3 "$out/$1.stderr")"; fi
    if [ -e "$abs/pwned.txt" ]; then not_ok "$1: no file written outside"; else ok "$1: no file written outside"; fi
    written=$(find "$abs/output" -type f 2>/dev/null | wc -l)
    check_eq "$1: no output written" "$written" 0
    if grep -rqs -e 'frisk-secret-outside' -e 'root:x:0' "$out/$1.stdout" "$out/$1.stderr" "$abs/output"; then
        not_ok "$1: nothing leaks"
    else
        ok "$1: nothing leaks"
    fi
}

# A harmless stylesheet first: the set-up itself works.
attack_ok() {
    cat > "$home/stylesheets/html/laws.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html"/>
  <xsl:template match="/"><html><body><p><xsl:value-of select="count(document('laws.xml', /)//law)"/></p></body></html></xsl:template>
</xsl:stylesheet>
XSL
    rm -rf "$abs/output"
    FRISK_HOME="$home" timeout 30 $FRISK build -o "$abs/output" "$abs/input" > "$out/ok.log" 2>&1
    check_eq "harmless stylesheet (document() inside the input folder) builds" "$?" 0
    check_contains "it read the input folder" "$abs/output/laws.html" "<p>3</p>"
}
attack_ok

attack exsl-document "<exsl:document href=\"$abs/pwned.txt\" method=\"text\">x</exsl:document>"
attack exsl-document-relative '<exsl:document href="pwned.txt" method="text">x</exsl:document>'
attack xsl-document-1.1 "<xsl:document href=\"$abs/pwned.txt\" method=\"text\">x</xsl:document>"
attack saxon-output "<saxon:output href=\"$abs/pwned.txt\" method=\"text\">x</saxon:output>"
attack xalan-redirect "<redirect:write file=\"$abs/pwned.txt\">x</redirect:write>"
attack document-http "<xsl:copy-of select=\"document('http://127.0.0.1:9/x.xml')\"/>"
attack document-etc-passwd "<xsl:copy-of select=\"document('/etc/passwd')\"/>"
attack document-file-url "<xsl:copy-of select=\"document('file:///etc/passwd')\"/>"
attack document-outside "<xsl:copy-of select=\"document('$abs/outside/secret.xml')\"/>"
attack document-dotdot "<xsl:copy-of select=\"document('../outside/secret.xml', /)\"/>"
attack include-outside '<xsl:call-template name="evil"/>' "<xsl:include href=\"$abs/outside/evil.xsl\"/>"
attack import-outside '<xsl:call-template name="evil"/>' "<xsl:import href=\"$abs/outside/evil.xsl\"/>"

# XInclude from the data: a file outside the input folder, by absolute and by relative path.
for how in "$abs/outside/secret.xml" "../outside/secret.xml"; do
    name="xinclude-data-$(echo "$how" | cut -c1-2 | tr './' 'dr')"
    printf '<?xml version="1.0"?>\n<laws xmlns:xi="http://www.w3.org/2001/XInclude">\n  <xi:include href="%s" parse="text"/>\n</laws>\n' "$how" \
        > "$abs/input/laws.xml"
    timeout 30 $FRISK check "$abs/input/laws.xml" > "$out/$name.stdout" 2> "$out/$name.stderr"
    check_eq "$name: exit status 1" "$?" 1
    check_contains "$name: located refusal" "$out/$name.stderr" "$abs/input/laws.xml:3"
    check_not_contains "$name: nothing leaks" "$out/$name.stdout" "frisk-secret-outside"
    check_not_contains "$name: nothing leaks (stderr)" "$out/$name.stderr" "frisk-secret-outside"
done
