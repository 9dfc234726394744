#!/usr/bin/env python3
"""Writes the extraction corpus: news pages in the manner of seventeen kinds of real news sites, each with its gold.

The article texts are those of ../evaluation (our own writing); the pages around them, their chrome and their
metadata are invented here, after the structures real sites use (wire services, local television, newspapers with
metered or hard paywalls, live blogs, AMP, microdata, old CMS pages without metadata, WordPress with comments...).
The gold of a page is fixed by this script before any extractor reads it: the article's body (headings, paragraphs,
list items; no headline, byline, captions, related links, newsletter boxes, comments), and its metadata as a reader
sees it (the headline printed on the page, the outlet, the date of publication, the author, the canonical address,
the language).

Run it from this folder: python3 make_pages.py  (it rewrites every page and gold file)."""

import html
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
EVALUATION = os.path.join(HERE, "..", "evaluation")

E = html.escape


def read_article(path):
    text = open(path, encoding="utf-8").read()
    head, body = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S).groups()
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    lines = [line.strip() for line in body.split("\n\n") if line.strip()]
    blocks = []
    for line in lines:
        if line.startswith("Read also:"):
            blocks.append(("related", line[len("Read also:"):].strip()))
        elif ":" in line and len(line.split()) <= 12 and not line.endswith(".") and re.search(r"\d", line):
            blocks.append(("li", line))
        elif len(line.split()) <= 6 and not re.search(r"[.!?\"”]$", line) and not re.search(r"\d", line):
            blocks.append(("h2", line))
        else:
            blocks.append(("p", line))
    return meta, blocks


def slugify(title):
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())
    return "-".join(words[:9])


def domain(outlet):
    ascii_name = unicodedata.normalize("NFKD", outlet).encode("ascii", "ignore").decode().lower()
    ascii_name = re.sub(r"^the ", "", ascii_name)
    return re.sub(r"[^a-z0-9]+", "", ascii_name) + ".example"


def body_html(blocks, p_open="<p>", p_close="</p>", heading="h2", related=None, inserts=None, li_wrap=("<ul>", "</ul>")):
    """The article body: paragraphs, headings, list items; chrome from `inserts` after the given paragraph numbers."""
    out = []
    inserts = inserts or {}
    paragraph = 0
    in_list = False
    for kind, text in blocks:
        if kind == "li":
            if not in_list:
                out.append(li_wrap[0])
                in_list = True
            out.append("<li>%s</li>" % E(text))
            continue
        if in_list:
            out.append(li_wrap[1])
            in_list = False
        if kind == "related":
            out.append(related(text) if related else "")
        elif kind == "h2":
            out.append("<%s>%s</%s>" % (heading, E(text), heading))
        else:
            out.append(p_open + E(text, quote=False) + p_close)
            paragraph += 1
            if paragraph in inserts:
                out.append(inserts[paragraph])
    if in_list:
        out.append(li_wrap[1])
    return "\n".join(out)


def gold_text(blocks):
    return [text for kind, text in blocks if kind != "related"]


def jsonld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False, indent=1).replace("</", "<\\/")


def plain_body(blocks):
    return "\n\n".join(text for kind, text in blocks if kind != "related")


COOKIE_BANNER = """<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="dialog" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and advertising, to measure how our sites are used and to improve our services. By clicking “Accept all”, you agree to this use. You can change your choices at any time through the Privacy settings link in the footer of every page.</p>
<button id="onetrust-accept-btn-handler">Accept all</button> <button id="onetrust-reject-all-handler">Reject all</button> <button class="ot-sdk-show-settings">Manage preferences</button></div></div>"""

NEWSLETTER = """<div class="newsletter-signup" data-module="newsletter"><h3>Get the morning briefing</h3>
<p>The day's most important stories, explained, delivered to your inbox every weekday morning before 7 a.m. Sign up now and never miss the news that matters to you and your family.</p>
<form action="/newsletters/subscribe" method="post"><label>Email address <input type="email" name="email"></label><button>Sign up</button></form>
<p class="legal">By signing up you agree to our terms of use and privacy policy. You can unsubscribe at any time.</p></div>"""

SHARE_BAR = """<div class="share-bar" aria-label="Share this article"><a href="https://twitter.example/share">Share on X</a> <a href="https://facebook.example/sharer">Share on Facebook</a> <a href="mailto:?subject=Article">Email</a> <button class="copy-link">Copy link</button></div>"""

FOOTER = """<footer class="site-footer"><nav aria-label="Footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/ethics">Ethics and standards</a></li></ul></nav>
<p>© 2024 %s. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p></footer>"""


def nav(outlet, sections=("World", "U.S.", "Politics", "Business", "Science", "Sports", "Entertainment", "Opinion")):
    items = "".join('<li><a href="/%s">%s</a></li>' % (s.lower().replace(".", ""), E(s)) for s in sections)
    return '<header class="masthead"><a class="logo" href="/">%s</a><nav class="main-nav" aria-label="Sections"><ul>%s</ul></nav><form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form></header>' % (E(outlet), items)


def related_list(title, links):
    return '<div class="related-stories"><h2>%s</h2><ul>%s</ul></div>' % (E(title), "".join(
        '<li><a href="/news/%s">%s</a></li>' % (slugify(l), E(l)) for l in links))


RELATED_HEADLINES = [
    "What we know so far about the investigation",
    "Officials promise answers as questions mount over safety checks",
    "Photos: The scene from above as crews work through the night",
    "Analysis: Why this could take years to put right",
    "Markets steady as traders weigh the fallout",
    "Timeline: How the events of the past week unfolded",
]

COMMENTS = """<section id="comments" class="comments-area"><h2 class="comments-title">38 thoughts on “%s”</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">RiverRat1962</b> <time datetime="2024-01-01T10:00:00">said at 10:04 am</time></footer>
<div class="comment-content"><p>I have lived here for more than forty years and I have never once seen the officials in this county take responsibility for anything that goes wrong. They will hold their meetings and their press conferences and then nothing will change, just like the last time and the time before that.</p></div>
<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marguerite T.</b> <time>said at 11:37 am</time></footer>
<div class="comment-content"><p>Thank you for the reporting, but I wish you had asked the company why the warning signs that people in town had been talking about for months were never acted upon, because that seems to me like the most important question of all.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form action="/wp-comments-post.php" method="post"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><button>Post Comment</button></form></div></section>"""


def page(lang, head, body, html_attrs=""):
    return '<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n%s\n</head>\n<body>\n%s\n</body>\n</html>\n' % (lang, html_attrs, head, body)


def og(a, title=None, site=True, url=True, published=True, author_meta=None):
    tags = ['<meta property="og:type" content="article">',
            '<meta property="og:title" content="%s">' % E(title or a["title"]),
            '<meta property="og:description" content="%s">' % E(a["blocks_text"][0][:180])]
    if site:
        tags.append('<meta property="og:site_name" content="%s">' % E(a["source"]))
    if url:
        tags.append('<meta property="og:url" content="%s">' % a["url"])
    if published:
        tags.append('<meta property="article:published_time" content="%s">' % a["datetime"])
    if author_meta:
        tags.append(author_meta)
    return "\n".join(tags)


def news_article_ld(a, body=False, kind="NewsArticle", extra=None):
    obj = {"@context": "https://schema.org", "@type": kind, "headline": a["title"],
           "datePublished": a["datetime"], "dateModified": a["modified"],
           "author": [{"@type": "Person", "name": n} for n in a["authors"]],
           "publisher": {"@type": "NewsMediaOrganization", "name": a["source"],
                         "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % a["host"]}},
           "mainEntityOfPage": {"@type": "WebPage", "@id": a["url"]},
           "image": ["https://%s/images/%s.jpg" % (a["host"], a["slug"])]}
    if body:
        obj["articleBody"] = body
    if extra:
        obj.update(extra)
    return jsonld(obj)


# ---------------------------------------------------------------- templates, one a kind of site

def wire(a):
    """A wire service: body in a rich-text div, ads and 'related coverage' enhancements inside it, no articleBody."""
    inserts = {2: '<div class="Advertisement"><p class="Advertisement-label">Advertisement</p><div id="ad-slot-1"></div></div>',
               5: '<div class="Enhancement"><div class="Enhancement-item"><p class="Enhancement-title">Related coverage</p><a href="/article/x1">%s</a></div></div>' % E(RELATED_HEADLINES[0])}
    head = "\n".join([
        "<title>%s | %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"],
        og(a), '<meta name="author" content="%s">' % E(", ".join(a["authors"])),
        news_article_ld(a)])
    body = "\n".join([
        '<a class="skip" href="#main">Skip to main content</a>', nav(a["source"]),
        '<main id="main"><div class="Page-content"><div class="Page-headline"><h1 class="Page-headline-text">%s</h1></div>' % E(a["title"]),
        '<div class="Page-byline"><div class="Page-authors">By <a href="/author/x">%s</a></div><bsp-timestamp data-timestamp="1711430000000"><span class="Timestamp">Updated %s</span></bsp-timestamp></div>' % (E(" and ".join(a["authors"])), a["display_date"]),
        SHARE_BAR,
        '<figure class="Figure"><img src="/img/%s.jpg" alt=""><figcaption class="Figure-caption">FILE — A view of the scene, %s. (%s Photo/Staff)</figcaption></figure>' % (a["slug"], a["display_date"], E(a["source"])),
        '<div class="RichTextStoryBody RichTextBody">', body_html(a["blocks"], inserts=inserts,
                                                                 related=lambda t: '<p class="related"><a href="/x">Read also: %s</a></p>' % E(t)),
        "</div>",
        related_list("More from %s" % a["source"], RELATED_HEADLINES[1:5]),
        "</div></main>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def wire_divs(a):
    """A wire site whose paragraphs are divs with generated class names, and whose JSON-LD carries the whole body."""
    paragraphs = []
    n = 0
    for kind, text in a["blocks"]:
        if kind == "related":
            continue
        if kind == "h2":
            paragraphs.append('<h2 data-testid="Heading" class="text__heading_6__1qUJ5">%s</h2>' % E(text))
        else:
            paragraphs.append('<div data-testid="paragraph-%d" class="text__text__1FZLe text__dark-grey__3Ml43 article-body__paragraph__2-BtD">%s</div>' % (n, E(text, quote=False)))
            n += 1
            if n == 3:
                paragraphs.append('<div data-testid="ResponsiveAdSlot" class="article-body__ad__3x8oS"><div class="ad-slot__container__3qTX0"><span class="ad-slot__label__1gKQl">Advertisement · Scroll to continue</span></div></div>')
    head = "\n".join([
        "<title>%s | %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        news_article_ld(a, body=" ".join(t for t in gold_text(a["blocks"])))])
    body = "\n".join([
        COOKIE_BANNER, nav(a["source"]),
        '<main id="main-content" class="regular-article-layout__main__1tvuE"><article class="article__container__2_lwv">',
        '<header class="article-header__header__3Y5oY"><span class="article-header__tag__1f8KH"><a href="/world/">World</a></span><h1 data-testid="Heading" class="text__heading_2__zQ5nt">%s</h1>' % E(a["title"]),
        '<div class="article-header__dateline__4jE04"><time datetime="%s"><span>%s</span></time></div>' % (a["datetime"], a["display_date"]),
        '<div class="info-content__author-date__1Epi_">By <a href="/authors/x/" rel="author">%s</a></div></header>' % E(" and ".join(a["authors"])),
        '<div class="article-body__container__3ypuX"><div class="article-body__content__17Yit">', "\n".join(paragraphs), "</div></div>",
        '<p class="trust-badge">Our Standards: <a href="/principles">The Trust Principles.</a></p>',
        "</article>", related_list("Read Next", RELATED_HEADLINES[:4]), "</main>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def local_tv(a):
    """Local television: weather and live-stream chrome, 'RELATED' paragraphs and app promos inside the story."""
    inserts = {1: '<p><strong>RELATED:</strong> <a href="/news/local/x">%s</a></p>' % E(RELATED_HEADLINES[1]),
               3: '<div class="ad-container ad-container--inline" data-ad="midarticle"><div class="ad-label">Advertisement</div></div>',
               4: '<p class="app-promo"><em><strong>Download the %s app</strong> to get breaking news alerts and watch our newscasts live.</em></p>' % E(a["source"])}
    head = "\n".join([
        "<title>%s - %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"],
        og(a, site=False),
        news_article_ld(a)])
    body = "\n".join([
        COOKIE_BANNER,
        '<div class="alert-banner" role="alert"><a href="/live">WATCH LIVE: Evening newscast now streaming</a></div>',
        nav(a["source"], ("News", "Weather", "Traffic", "Sports", "Investigations", "Community", "Watch")),
        '<div class="weather-widget"><span class="temp">48°</span> <span class="cond">Partly cloudy</span> <a href="/weather">7-day forecast</a></div>',
        '<div id="main" class="story-page"><div class="story-header"><p class="kicker">NEWS</p><h1 class="headline">%s</h1>' % E(a["title"]),
        '<div class="byline"><span class="author">Author: %s</span> <span class="published">Published: <time datetime="%s">%s</time></span></div></div>' % (E(", ".join(a["authors"])), a["datetime"], a["display_datetime"]),
        '<div class="video-player" data-player="jw"><p>Video: Crews on the scene Tuesday morning</p><button>Play</button></div>',
        '<div class="article-content">',
        body_html(a["blocks"], inserts=inserts, related=lambda t: '<p><strong>READ ALSO:</strong> <a href="/x">%s</a></p>' % E(t)),
        "</div>", SHARE_BAR,
        '<div class="more-stories"><h2>More Stories</h2>' + "".join('<div class="card"><a href="/y"><h3>%s</h3></a><p>%s ago</p></div>' % (E(h), t) for h, t in zip(RELATED_HEADLINES[2:6], ["2 hours", "5 hours", "1 day", "2 days"])) + "</div>",
        "</div>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def paywall_teaser(a):
    """A newspaper behind a hard paywall: only the first paragraphs are in the page; JSON-LD says it is not free."""
    visible = []
    count = 0
    for block in a["blocks"]:
        if block[0] == "p":
            count += 1
        visible.append(block)
        if count == 3:
            break
    a["gold_blocks"] = visible
    head = "\n".join([
        "<title>%s - %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        news_article_ld(a, extra={"isAccessibleForFree": "False",
                                  "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False",
                                              "cssSelector": ".paywall"}})])
    body = "\n".join([
        nav(a["source"]),
        '<main><article class="story">',
        '<header class="story-header"><h1 itemprop="headline">%s</h1><p class="dek">%s</p>' % (E(a["title"]), E("Subscribers get the full story, with analysis from our reporters on the ground.")),
        '<p class="byline">By <span class="author-name">%s</span> | <time datetime="%s">%s</time></p></header>' % (E(" and ".join(a["authors"])), a["datetime"], a["display_date"]),
        '<section class="story-body">', body_html(visible), "</section>",
        '<div class="paywall" id="paywall-prompt"><h2>Continue reading with a subscription</h2><p>You have reached your limit of free articles this month. Subscribe today for unlimited access to award-winning journalism, the daily e-edition and exclusive newsletters, starting at just $1 a week for the first year.</p><a class="btn" href="/subscribe">Subscribe now</a><p>Already a subscriber? <a href="/login">Log in</a></p></div>',
        "</article></main>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def paywall_metered(a):
    """A metered newspaper: the page shows the opening, the JSON-LD articleBody carries the whole text."""
    shown = []
    count = 0
    for block in a["blocks"]:
        if block[0] == "p":
            count += 1
        if count > 2:
            break
        shown.append(block)
    head = "\n".join([
        "<title>%s | %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        news_article_ld(a, body="\n\n".join(gold_text(a["blocks"])),
                        extra={"isAccessibleForFree": False})])
    body = "\n".join([
        nav(a["source"]),
        '<div class="layout"><main class="article-main"><h1 class="article-title">%s</h1>' % E(a["title"]),
        '<div class="article-meta"><span class="by">By %s</span><span class="date">%s</span></div>' % (E(" and ".join(a["authors"])), a["display_date"]),
        '<div class="article-text">', body_html(shown), "</div>",
        '<div class="meter-wall"><p><strong>This article is for subscribers.</strong> Start your free trial to keep reading: unlimited digital access, the crossword and our apps. Cancel anytime.</p><a href="/trial">Start free trial</a></div>',
        "</main>", '<aside class="rail"><h2>Most read</h2><ol>' + "".join("<li><a href='/z'>%s</a></li>" % E(h) for h in RELATED_HEADLINES) + "</ol></aside></div>",
        FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def live_blog(a):
    """A live blog: timestamped posts newest first, each with a share bar; LiveBlogPosting with its updates."""
    paragraphs = [b for b in a["blocks"] if b[0] != "related"]
    posts = []
    for i in range(0, len(paragraphs), 2):
        posts.append(paragraphs[i:i + 2])
    posts.reverse()  # newest first, as live pages show them
    a["gold_blocks"] = [b for post in posts for b in post]
    updates = []
    html_posts = []
    for number, post in enumerate(posts):
        minutes = 40 - number * 7
        stamp = "%sT%02d:%02d:00Z" % (a["date"], 14 + minutes // 60, minutes % 60 if minutes >= 0 else 0)
        text = "\n\n".join(t for _, t in post)
        updates.append({"@type": "BlogPosting", "headline": post[0][1][:60], "datePublished": stamp, "articleBody": text})
        html_posts.append('<article class="block" id="block-%d"><header class="block-time"><time datetime="%s">%s GMT</time> <span class="pinned">%s</span></header><div class="block-elements">%s</div><footer class="block-share">%s</footer></article>'
                          % (number, stamp, stamp[11:16], "Pinned post" if number == 0 else "", body_html(post), SHARE_BAR))
    head = "\n".join([
        "<title>%s – live updates | %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a, title=a["title"] + " – live updates"),
        jsonld({"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": a["title"],
                "datePublished": a["datetime"], "coverageStartTime": a["datetime"],
                "author": [{"@type": "Person", "name": n} for n in a["authors"]],
                "publisher": {"@type": "Organization", "name": a["source"]},
                "url": a["url"], "liveBlogUpdate": updates})])
    body = "\n".join([
        nav(a["source"]),
        '<main id="maincontent"><div class="live-header"><span class="live-badge">LIVE</span><h1>%s</h1>' % E(a["title"]),
        '<div class="standfirst"><ul><li>Follow our live coverage as the story develops</li><li>Reporters are on the scene</li></ul></div>',
        '<p class="meta">Updated <time datetime="%s">%s</time> · by %s</p></div>' % (a["datetime"], a["display_datetime"], E(" and ".join(a["authors"]))),
        '<div class="key-events"><h2>Key events</h2><ul>' + "".join('<li><a href="#block-%d">%s</a></li>' % (i, E(p[0][1][:50] + "…")) for i, p in enumerate(posts[:3])) + "</ul></div>",
        '<div class="live-blog-body">', "\n".join(html_posts), "</div>",
        '<nav class="pagination"><a href="?page=2">Older posts</a></nav>',
        "</main>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def amp(a):
    """An AMP page: amp-img, amp-ad and amp-sidebar, canonical to the regular page, JSON-LD without body."""
    inserts = {2: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/amp_mid"><div fallback>Advertisement</div></amp-ad>',
               4: '<amp-embed type="taboola" height="300" layout="fixed-height"><p>Recommended for you</p></amp-embed>'}
    amp_url = a["url"].replace("https://%s/" % a["host"], "https://%s/amp/" % a["host"])
    head = "\n".join([
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        '<script async src="https://cdn.ampproject.example/v0.js"></script>',
        "<title>%s</title>" % E(a["title"] + " | " + a["source"]),
        '<link rel="canonical" href="%s">' % a["url"],
        og(a, url=False), '<style amp-custom>body{font-family:serif}.article-body p{margin:1em 0}</style>',
        news_article_ld(a, extra={"url": amp_url})])
    body = "\n".join([
        '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></amp-sidebar>',
        '<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">%s</a></header>' % E(a["source"]),
        '<article><h1 class="amp-title">%s</h1>' % E(a["title"]),
        '<div class="amp-byline">%s · <time datetime="%s">%s</time></div>' % (E(", ".join(a["authors"])), a["datetime"], a["display_date"]),
        '<amp-img src="/img/%s.jpg" width="1200" height="675" layout="responsive" alt="The scene"></amp-img><p class="caption">Emergency crews at the scene. Photo: Staff</p>' % a["slug"],
        '<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>',
        '<div class="article-body">', body_html(a["blocks"], inserts=inserts, related=lambda t: '<p class="also"><a href="/x">Read also: %s</a></p>' % E(t)), "</div>",
        "</article>", '<footer><p>© %s</p><a href="%s">View the full site</a></footer>' % (E(a["source"]), a["url"])])
    return page(a["lang"], head, body, html_attrs=" amp")


def oldschool(a):
    """An old CMS page: tables for layout, no metadata but the title, paragraphs split by <br>, a printed date."""
    text = "<br>\n<br>\n".join(E(t, quote=False) if k != "h2" else "<b>%s</b>" % E(t) for k, t in a["blocks"] if k != "related")
    head = "<title>%s - %s</title>\n<meta name=\"keywords\" content=\"news, local, %s\">" % (E(a["source"]), E(a["title"]), E(a["source"]))
    body = "\n".join([
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="banner"><img src="/images/banner.gif" alt="' + E(a["source"]) + '"></td></tr>',
        '<tr><td class="leftnav" width="160" valign="top"><a href="/">Home</a><br><a href="/news">Local News</a><br><a href="/sports">Sports</a><br><a href="/obits">Obituaries</a><br><a href="/classifieds">Classifieds</a><br><a href="/subscribe">Subscribe</a></td>',
        '<td valign="top" class="content"><span class="headline"><font size="5"><b>%s</b></font></span><br>' % E(a["title"]),
        '<span class="storydate">Published %s</span> &nbsp; <span class="byline">By %s, Staff Writer</span><br><br>' % (a["long_date"], E(" and ".join(a["authors"]))),
        '<div class="storytext">', text, "</div>",
        '<br><br><a href="javascript:window.print()">Print this story</a> | <a href="/email-story">Email this story</a>',
        "</td></tr></table>",
        '<div class="copyright">Copyright © %s. All rights reserved.</div>' % E(a["source"])])
    return page(a["lang"], head, body)


def wordpress(a):
    """A WordPress newspaper: Yoast's JSON-LD graph, Jetpack share and related posts, a newsletter box and comments."""
    inserts = {3: NEWSLETTER}
    head = "\n".join([
        "<title>%s &#8211; %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        '<meta name="author" content="%s">' % E(a["authors"][0]),
        jsonld({"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": a["url"] + "#article", "headline": a["title"], "datePublished": a["datetime"],
             "author": {"@id": "https://%s/#/schema/person/1" % a["host"], "name": a["authors"][0]},
             "publisher": {"@id": "https://%s/#organization" % a["host"]}, "inLanguage": a["lang"]},
            {"@type": "WebPage", "@id": a["url"], "url": a["url"], "name": a["title"] + " – " + a["source"]},
            {"@type": "Organization", "@id": "https://%s/#organization" % a["host"], "name": a["source"]}]})])
    body = "\n".join([
        '<div id="page" class="site"><header id="masthead" class="site-header"><h1 class="site-title"><a href="/" rel="home">%s</a></h1><p class="site-description">News for the community since 1887</p>' % E(a["source"]),
        '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/obituaries">Obituaries</a></li></ul></nav></header>',
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
        '<article id="post-4812" class="post-4812 post type-post status-publish format-standard hentry category-news">',
        '<header class="entry-header"><h2 class="entry-title">%s</h2>' % E(a["title"]),
        '<div class="entry-meta"><span class="posted-on">Posted on <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">%s</a></span></span></div></header>' % (a["url"], a["datetime"], a["display_date"], E(a["authors"][0])),
        '<div class="entry-content">', body_html(a["blocks"], inserts=inserts,
                                                related=lambda t: '<p><strong>Also read:</strong> <a href="/x">%s</a></p>' % E(t)),
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-twitter" href="?share=twitter">Twitter</a></li><li><a class="share-facebook" href="?share=facebook">Facebook</a></li></ul></div>',
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>' + "".join('<div class="jp-relatedposts-post"><h4><a href="/r">%s</a></h4><p>In "News"</p></div>' % E(h) for h in RELATED_HEADLINES[:3]) + "</div>",
        "</div>", '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/">News</a></span> <span class="tags-links">Tagged <a href="/tag/x">local</a></span></footer></article>',
        '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/p">Previous: Council approves budget for next year</a></div><div class="nav-next"><a href="/n">Next: High school team advances to state final</a></div></div></nav>',
        COMMENTS % E(a["title"]),
        '</main></div><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>' + "".join("<li><a href='/q'>%s</a></li>" % E(h) for h in RELATED_HEADLINES) + "</ul></section></aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress</div></footer></div>'])
    return page(a["lang"], head, body)


def text_blocks(a):
    """A public broadcaster: each paragraph in a text-block component, links and bylines as components too."""
    parts = []
    for i, (kind, text) in enumerate(a["blocks"]):
        if kind == "related":
            parts.append('<div data-component="links-block"><ul><li><a href="/news/x">%s</a></li></ul></div>' % E(text))
        elif kind == "h2":
            parts.append('<div data-component="subheadline-block"><h2>%s</h2></div>' % E(text))
        elif kind == "li":
            parts.append('<div data-component="unordered-list-block"><ul><li>%s</li></ul></div>' % E(text))
        else:
            parts.append('<div data-component="text-block"><p>%s</p></div>' % E(text, quote=False))
        if i == 3:
            parts.append('<div data-component="image-block"><figure><img src="/i.jpg" alt="Rescue workers"><figcaption>Rescue workers searched through the night. Image source: Reuters</figcaption></figure></div>')
    head = "\n".join([
        "<title>%s - %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        news_article_ld(a, kind="ReportageNewsArticle")])
    body = "\n".join([
        '<div id="header-content"><header role="banner"><a href="/">%s</a><nav role="navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/iplayer">iPlayer</a></li></ul></nav></header></div>' % E(a["source"]),
        '<div id="main-content"><main role="main"><article>',
        '<header><h1 id="main-heading" tabindex="-1">%s</h1></header>' % E(a["title"]),
        '<div data-component="byline-block"><div><div>By %s</div><div>%s</div></div></div>' % (E(" & ".join(a["authors"])), E(a["source"] + " correspondent")),
        '<div data-component="timestamp-block"><time datetime="%s">%s</time></div>' % (a["datetime"], a["display_date"]),
        "\n".join(parts),
        '<div data-component="topic-list"><h2>More on this story</h2><ul><li><a href="/t">%s</a></li><li><a href="/t2">%s</a></li></ul></div>' % (E(RELATED_HEADLINES[0]), E(RELATED_HEADLINES[3])),
        "</article></main></div>",
        '<section data-component="most-read" aria-labelledby="most-read"><h2 id="most-read">Most read</h2><ol>' + "".join("<li><a href='/m'>%s</a></li>" % E(h) for h in RELATED_HEADLINES) + "</ol></section>",
        FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def guardian(a):
    """A newspaper with rich links inside the body, an author given as a profile URL in one tag and a name in another."""
    inserts = {2: '<aside data-spacefinder-role="richLink" class="element-rich-link"><p><span>Related: </span><a href="/r">%s</a></p></aside>' % E(RELATED_HEADLINES[3]),
               5: '<figure class="element element-image"><img src="/x.jpg" alt=""><figcaption><span class="element-image__caption">The scene on the morning after.</span> <span class="element-image__credit">Photograph: Staff/Agency</span></figcaption></figure>'}
    head = "\n".join([
        "<title>%s | %s | %s</title>" % (E(a["title"]), "World news", E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"],
        og(a, author_meta='<meta property="article:author" content="https://%s/profile/%s">' % (a["host"], slugify(a["authors"][0]))),
        '<meta name="author" content="%s">' % E(" and ".join(a["authors"])),
        news_article_ld(a)])
    body = "\n".join([
        '<a class="skip" href="#maincontent">Skip to main content</a>', nav(a["source"]),
        '<main data-layout="StandardLayout"><article>',
        '<div data-gu-name="headline"><h1>%s</h1></div>' % E(a["title"]),
        '<div data-gu-name="standfirst"><p>%s</p></div>' % E("The latest on a story that is still unfolding, with reaction from those most affected."),
        '<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/x">%s</a></address><details><summary>%s</summary></details></div>' % (E(" and ".join(a["authors"])), a["display_datetime"]),
        '<div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector">',
        body_html(a["blocks"], inserts=inserts, related=lambda t: '<aside class="element-rich-link"><p>Related: <a href="/x">%s</a></p></aside>' % E(t)),
        "</div></div>",
        '<div class="submeta"><h2>Explore more on these topics</h2><ul><li><a href="/world">World news</a></li><li><a href="/us">US news</a></li></ul></div>',
        '<div class="contributions-epic"><h2>Before you move on…</h2><p>We have a small favour to ask. Millions of readers rely on our independent, fact-based journalism, and we keep it open to all. If you can, please support us today with a contribution of any size; it takes only a minute.</p><a href="/contribute">Support us</a></div>',
        "</article></main>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def companion_columns(a):
    """A newspaper whose body is split over several companion-column divs with ad slots between them."""
    columns = []
    chunk = []
    for kind, text in a["blocks"]:
        if kind == "related":
            continue
        chunk.append((kind, text))
        if len(chunk) == 3:
            columns.append(chunk)
            chunk = []
    if chunk:
        columns.append(chunk)
    parts = []
    for i, column in enumerate(columns):
        parts.append('<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">%s</div></div>'
                     % body_html(column, p_open='<p class="css-at9mc1 evys1bk0">'))
        if i < len(columns) - 1:
            parts.append('<div id="story-ad-%d-wrapper" class="css-1abn8iz"><div class="ad story-ad-%d-wrapper"><p class="css-1c6xzmn">Advertisement</p><p><a href="#after-story-ad-%d">SKIP ADVERTISEMENT</a></p></div></div>' % (i + 1, i + 1, i + 1))
    head = "\n".join([
        "<title>%s - %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a, title=a["seo_title"]),
        '<meta name="byl" content="By %s">' % E(" and ".join(a["authors"])),
        news_article_ld(a)])
    body = "\n".join([
        '<div id="app"><div class="css-1r7ky0e"><header class="css-ahe4g0"><a href="/">%s</a><nav><ul><li><a href="/section/world">World</a></li><li><a href="/section/us">U.S.</a></li><li><a href="/section/politics">Politics</a></li></ul></nav></header>' % E(a["source"]),
        '<main id="site-content"><article id="story" class="css-1vxca1d"><header class="css-d92w5k">',
        '<h1 data-testid="headline" class="css-1l8buln">%s</h1><p id="article-summary" class="css-w6ymp8">%s</p>' % (E(a["title"]), E("What to know about the latest developments, and what comes next.")),
        '<div class="css-1vkm6nb"><p class="css-aknsld"><span class="byline-prefix">By </span><span class="css-1baulvz">%s</span></p><time class="css-1z1nqv" datetime="%s">%s</time></div></header>' % (E(" and ".join(a["authors"])), a["datetime"], a["display_date"]),
        '<section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">', "\n".join(parts), "</section>",
        '<div class="bottom-of-article"><div class="css-1jp38cv"><p>A version of this article appears in print, Section A, Page 1 of the New York edition with the headline: %s. <a href="/reprints">Order Reprints</a> | <a href="/todayspaper">Today’s Paper</a> | <a href="/subscribe">Subscribe</a></p></div></div>' % E(a["seo_title"]),
        "</article></main></div></div>"])
    return page(a["lang"], head, body)


def tabloid(a):
    """A tabloid: READ MORE link lists, an embedded post, a newsletter box and a video inside the body."""
    inserts = {1: '<div class="read-more-links"><p><strong>READ MORE</strong></p><ul><li><a href="/n1">%s</a></li><li><a href="/n2">%s</a></li></ul></div>' % (E(RELATED_HEADLINES[1]), E(RELATED_HEADLINES[4])),
               3: '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Unbelievable scenes here this morning. Thoughts with everyone affected. <a href="https://t.example/abc">pic.twitter.example/abc</a></p>— Local Resident (@localres) <a href="https://x.example/status/1">March 26, 2024</a></blockquote>',
               4: '<div class="newsletter-box"><p class="title">Sign up to our free daily newsletter</p><p>Get the biggest stories of the day straight to your inbox, plus exclusive offers and competitions.</p><form><input type="email"><button>Subscribe</button></form></div>',
               6: '<div class="video-wrapper"><p>Watch: Dramatic footage shows the moment it happened</p><div class="vjs-player"></div></div>'}
    head = "\n".join([
        "<title>%s | %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        '<meta name="author" content="%s">' % E(a["authors"][0]),
        '<meta property="article:published_time" content="%s">' % a["datetime"],
        news_article_ld(a)])
    body = "\n".join([
        '<div class="top-bar"><a href="/">%s</a> <a href="/showbiz">Showbiz</a> <a href="/news">News</a> <a href="/money">Money</a></div>' % E(a["source"]),
        '<div class="breaking-ticker"><span>BREAKING</span> <a href="/b">Live: Latest updates on the story everyone is talking about</a></div>',
        '<div class="article-page"><div class="article-wrapper"><h1 class="article-headline">%s</h1>' % E(a["title"]),
        '<ul class="article-summary"><li>Officials say the situation is under control</li><li>Residents describe scenes of chaos</li></ul>',
        '<div class="author-box"><span class="author-name">%s</span><span class="author-title">News Reporter</span><span class="date-published">%s</span></div>' % (E(a["authors"][0]), a["display_datetime"]),
        SHARE_BAR,
        '<div class="article-body" itemprop="articleBody">',
        body_html(a["blocks"], inserts=inserts, related=lambda t: '<p class="read-more"><a href="/x"><strong>READ MORE:</strong> %s</a></p>' % E(t)),
        '<p class="follow"><em>Got a story? Email us at news@%s or call our newsdesk.</em></p>' % a["host"],
        "</div></div>",
        '<div class="sidebar"><h3>Most Read</h3><ol>' + "".join("<li><a href='/x'>%s</a></li>" % E(h) for h in RELATED_HEADLINES) + "</ol></div></div>",
        '<div id="taboola-below-article"><h3>You May Like</h3><div class="trc"><a href="/sp">Doctors stunned by this one simple trick</a><span>Sponsored</span></div></div>',
        FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def microdata(a):
    """schema.org microdata instead of JSON-LD: itemprop headline, author, datePublished and articleBody."""
    head = "\n".join([
        "<title>%s: %s</title>" % (E(a["source"]), E(a["title"])),
        '<link rel="canonical" href="%s">' % a["url"],
        '<meta name="description" content="%s">' % E(a["blocks_text"][0][:150])])
    body = "\n".join([
        nav(a["source"]),
        '<div class="container"><article itemscope itemtype="https://schema.org/NewsArticle">',
        '<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="%s"></span>' % E(a["source"]),
        '<h1 itemprop="headline">%s</h1>' % E(a["title"]),
        '<p class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">%s</span></span> — <time itemprop="datePublished" datetime="%s">%s</time></p>' % (E(" and ".join(a["authors"])), a["datetime"], a["display_date"]),
        '<div class="tools"><a href="?print=1">Print</a> <a href="?font=large">A+</a> <a href="#comments">Comments (12)</a></div>',
        '<div itemprop="articleBody" class="article-body">', body_html(a["blocks"], related=lambda t: '<p class="see-also">See also: <a href="/x">%s</a></p>' % E(t)), "</div>",
        '<div class="tags">Tags: <a href="/tag/1">world</a>, <a href="/tag/2">breaking</a></div>',
        "</article></div>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def div_paragraphs(a):
    """A news site whose paragraphs are plain divs, behind a consent overlay, with a sticky bar and a newsletter box."""
    parts = []
    count = 0
    for kind, text in a["blocks"]:
        if kind == "related":
            parts.append('<div class="inline-link"><a href="/x">%s</a></div>' % E(text))
        elif kind == "h2":
            parts.append('<div class="subhead"><strong>%s</strong></div>' % E(text))
        else:
            parts.append('<div class="text">%s</div>' % E(text, quote=False))
            count += 1
            if count == 4:
                parts.append('<div class="nl-promo">' + NEWSLETTER + "</div>")
    head = "\n".join([
        "<title>%s · %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a, published=False),
        '<meta name="parsely-pub-date" content="%s">' % a["datetime"],
        '<meta name="parsely-author" content="%s">' % E(a["authors"][0])])
    body = "\n".join([
        '<div class="consent-overlay" id="sp_message_container"><div class="message"><p>We value your privacy. We and our 847 partners store and access personal data, like browsing data or unique identifiers, on your device. Selecting “I Accept” enables tracking technologies to support the purposes shown under “purposes”.</p><button>I Accept</button><button>Options</button></div></div>',
        '<div class="sticky-bar"><a href="/">%s</a><span>Breaking news, analysis and opinion</span><a href="/subscribe">Subscribe</a></div>' % E(a["source"]),
        '<div class="page"><div class="col-main"><div class="story-title">%s</div>' % E(a["title"]),
        '<div class="story-info"><span class="writer">%s</span> <span class="time">%s</span></div>' % (E(a["authors"][0]), a["display_datetime"]),
        '<div class="story">', "\n".join(parts), "</div>",
        '<div class="read-next"><div class="label">Read next</div>' + "".join('<div class="rn"><a href="/r">%s</a></div>' % E(h) for h in RELATED_HEADLINES[:3]) + "</div>",
        "</div></div>", FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def public_radio(a):
    """Public radio: the story text in #storytext, an audio module, internal-link buckets and a transcript note."""
    inserts = {2: '<div class="bucketwrap internallink insettwocolumn inset2col"><div class="bucket"><h3>Related Story</h3><a href="/r">%s</a></div></div>' % E(RELATED_HEADLINES[2]),
               5: '<div class="bucketwrap image large"><div class="imagewrap"><img src="/p.jpg" alt=""></div><div class="credit-caption"><p>Residents gathered outside the shelter on Tuesday.</p><span class="credit">Jane Doe/Gulf Coast Public Media</span></div></div>'}
    head = "\n".join([
        "<title>%s : %s</title>" % (E(a["title"]), E(a["source"])),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        '<meta name="date" content="%s">' % a["date"],
        news_article_ld(a)])
    body = "\n".join([
        '<header id="globalheader"><a href="/">%s</a><nav><ul><li><a href="/news">News</a></li><li><a href="/culture">Culture</a></li><li><a href="/music">Music</a></li><li><a href="/podcasts">Podcasts &amp; Shows</a></li><li><a href="/donate">Donate</a></li></ul></nav></header>' % E(a["source"]),
        '<section id="main-section"><article class="story"><div class="storytitle"><h1>%s</h1></div>' % E(a["title"]),
        '<div id="story-meta"><div class="dateblock"><time datetime="%s"><span class="date">%s</span></time></div><div class="byline-container"><p class="byline__name">%s</p></div></div>' % (a["datetime"], a["display_date"], E(" , ".join(a["authors"]))),
        '<div class="audio-module"><button>Listen · 3:52</button><p>3-Minute Listen</p><a href="/playlist">Playlist</a></div>',
        '<div id="storytext" class="storytext">', body_html(a["blocks"], inserts=inserts, related=lambda t: '<p class="readmore"><a href="/x">Read also: %s</a></p>' % E(t)), "</div>",
        '<div class="transcript-note"><p>Copyright © 2024. All rights reserved. Visit our website terms of use and permissions pages for further information.</p></div>',
        "</article></section>",
        '<aside id="support"><h2>Support public media</h2><p>Your donation keeps independent local journalism free for everyone. Become a sustaining member today.</p><a href="/donate">Donate</a></aside>',
        FOOTER % E(a["source"])])
    return page(a["lang"], head, body)


def aggregator_syndicated(a):
    """A story syndicated on a portal: the portal's chrome, the outlet named as provider, body in 'caas-body'."""
    head = "\n".join([
        "<title>%s</title>" % E(a["title"]),
        '<link rel="canonical" href="%s">' % a["url"], og(a),
        '<meta name="twitter:card" content="summary_large_image">',
        news_article_ld(a, extra={"provider": {"@type": "Organization", "name": "Portal News"}})])
    body = "\n".join([
        '<div id="ybar"><a href="/">Portal</a> <a href="/mail">Mail</a> <a href="/news">News</a> <a href="/finance">Finance</a> <a href="/sports">Sports</a><form><input placeholder="Search the web"></form></div>',
        '<div class="caas-container"><header class="caas-header"><h1 data-test-locator="headline">%s</h1></header>' % E(a["title"]),
        '<div class="caas-attr"><div class="caas-attr-provider">%s</div><div class="caas-attr-meta">%s · <time datetime="%s">%s</time> · 3 min read</div></div>' % (E(a["source"]), E(", ".join(a["authors"])), a["datetime"], a["display_date"]),
        '<div class="caas-body">', body_html(a["blocks"], related=lambda t: '<p><a href="/x">Read also: %s</a></p>' % E(t)), "</div>",
        '<div class="caas-disclaimer">This article was originally published by %s. Portal News may earn a commission from links on this page.</div>' % E(a["source"]),
        "</div>",
        '<div id="stream"><h3>Trending now</h3><ul>' + "".join("<li><a href='/t'>%s</a></li>" % E(h) for h in RELATED_HEADLINES[:5]) + "</ul></div>"])
    return page(a["lang"], head, body)


# ---------------------------------------------------------------- the corpus

ASSIGNMENTS = [
    ("bridge-collapse/01-harbor-wire", wire, ["Dana Whitfield", "Marcus Obi"], "09:14", "-04:00", "en"),
    ("bridge-collapse/02-channel-nine-news", local_tv, ["Tessa Morland"], "06:02", "-04:00", "en-US"),
    ("bridge-collapse/03-continental-post", paywall_teaser, ["Hugh Ambrose"], "18:30", "-04:00", "en"),
    ("bridge-collapse/04-meridian-herald", paywall_metered, ["Priya Castellano"], "07:45", "-04:00", "en"),
    ("bridge-collapse/05-chesapeake-ledger", amp, ["Gil Navarro"], "12:10", "-04:00", "en"),
    ("court-ruling/01-capitol-wire", wire, ["Lena Fairbanks"], "10:31", "-04:00", "en"),
    ("court-ruling/02-national-ledger", paywall_teaser, ["Oscar Breyer", "Amelia Stroud"], "05:00", "-04:00", "en"),
    ("court-ruling/03-thames-courier", text_blocks, ["Fiona Ashdown"], "16:20", "+01:00", "en-GB"),
    ("court-ruling/04-sound-shore-courier", oldschool, ["Walt Kessler"], "08:00", "-04:00", "en"),
    ("earthquake/01-northstar-wire", wire_divs, ["Karim Haddou"], "23:58", "+00:00", "en"),
    ("earthquake/02-lumiere-24", microdata, ["Claire Vasseur"], "02:15", "+02:00", "en"),
    ("earthquake/03-daily-sentinel", live_blog, ["Rob Tindall", "Sana Mirza"], "08:05", "+00:00", "en-GB"),
    ("earthquake/04-gulf-chronicle", guardian, ["Youssef Benali"], "11:40", "+01:00", "en"),
    ("election-result/01-meridian-wire", live_blog, ["Anton Velkov"], "21:10", "+02:00", "en"),
    ("election-result/02-continental-post", companion_columns, ["Hugh Ambrose", "Ilse Marten"], "06:30", "+02:00", "en-US"),
    ("election-result/03-estavia-today", tabloid, ["Mira Kallas"], "09:45", "+02:00", "en"),
    ("election-result/04-europa-dispatch", text_blocks, ["Jonas Feld"], "13:00", "+02:00", "en-GB"),
    ("jobs-report/01-meridian-wire", public_radio, ["Nadia Kerr"], "08:31", "-05:00", "en"),
    ("jobs-report/02-lakeshore-tribune", wordpress, ["Bill Oyelaran"], "10:02", "-06:00", "en-US"),
    ("jobs-report/03-channel-nine-news", local_tv, ["Carla Mendes"], "17:30", "-05:00", "en"),
    ("jobs-report/04-market-ledger", paywall_metered, ["Stefan Ruiz"], "09:15", "-05:00", "en"),
    ("missile-authorisation/01-meridian-wire", wire_divs, ["Anton Velkov", "Nadia Kerr"], "15:45", "+00:00", "en"),
    ("missile-authorisation/02-lakeshore-tribune", guardian, ["Bill Oyelaran"], "12:00", "-06:00", "en"),
    ("missile-authorisation/03-albion-news", amp, ["Harriet Lowe"], "19:20", "+00:00", "en-GB"),
    ("missile-authorisation/04-eastern-courier", tabloid, ["Pavel Dorn"], "07:00", "+02:00", "en"),
    ("missile-authorisation/05-atlas-review", div_paragraphs, ["Ines Carvalho"], "14:00", "+00:00", "en"),
    ("port-strike/01-coastline-wire", aggregator_syndicated, ["Dwayne Lucas"], "00:12", "-04:00", "en"),
    ("port-strike/02-atlantic-courier", companion_columns, ["Mona Fleury"], "06:00", "-04:00", "en"),
    ("port-strike/03-gulf-coast-public-media", public_radio, ["Reggie Tran"], "16:45", "-05:00", "en"),
    ("port-strike/04-freight-ledger", microdata, ["Ola Nwosu"], "07:30", "-04:00", "en"),
    ("train-derailment/01-heartland-wire", div_paragraphs, ["Corey Banks"], "20:05", "-05:00", "en"),
    ("train-derailment/02-great-lakes-journal", wordpress, ["Ellen Marsh"], "09:00", "-05:00", "en-US"),
    ("train-derailment/03-valley-action-news", local_tv, ["Jay Petrakis"], "17:55", "-05:00", "en"),
    ("train-derailment/04-ohio-river-sentinel", oldschool, ["Dale Hutchins"], "06:15", "-05:00", "en"),
]

SEO_TITLES = {
    "election-result/02-continental-post": "Estavia election results: Civic Union wins, what happens next",
    "port-strike/02-atlantic-courier": "Port strike: what the dockworkers' walkout means for shoppers",
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def main():
    written = 0
    for number, (name, template, authors, time, offset, lang) in enumerate(ASSIGNMENTS, start=1):
        meta, blocks = read_article(os.path.join(EVALUATION, name + ".txt"))
        date = meta["published"]
        year, month, day = (int(x) for x in date.split("-"))
        source = meta["source"]
        host = domain(source)
        slug = slugify(meta["title"])
        a = {
            "title": meta["title"], "source": source, "date": date, "authors": authors, "lang": lang,
            "datetime": "%sT%s:00%s" % (date, time, offset), "modified": "%sT%s:00%s" % (date, time, offset),
            "display_date": "%s %d, %d" % (MONTHS[month - 1][:3] + ".", day, year),
            "long_date": "%s %d, %d" % (MONTHS[month - 1], day, year),
            "display_datetime": "%s %d, %d, %s %s" % (MONTHS[month - 1], day, year, time, "GMT" if offset == "+00:00" else "local time"),
            "host": host, "slug": slug, "url": "https://%s/%d/%02d/%02d/%s/" % (host, year, month, day, slug),
            "blocks": blocks, "blocks_text": [t for k, t in blocks if k == "p"],
            "seo_title": SEO_TITLES.get(name, meta["title"]),
        }
        # Where the page was fetched from: the AMP version for AMP pages, a script's address for the old CMS.
        address = a["url"]
        if template is amp:
            address = a["url"].replace("https://%s/" % host, "https://%s/amp/" % host)
        elif template is oldschool:
            address = "https://www.%s/news/story.php?id=%d" % (host, 4000 + number)
        html_page = template(a)
        gold_blocks = a.get("gold_blocks", blocks)
        has_time = template not in (oldschool,)
        gold = {
            "template": template.__name__,
            "title": meta["title"],
            "source": source,
            "published": a["datetime"] if has_time else date,
            "author": " and ".join(authors),
            "address": address,
            "url": a["url"] if template is not oldschool else address,
            "language": lang.split("-")[0],
            "text": gold_text(gold_blocks),
        }
        stem = "%02d-%s-%s" % (number, template.__name__.replace("_", "-"), os.path.basename(name)[3:])
        with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as out:
            out.write(html_page)
        with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as out:
            json.dump(gold, out, ensure_ascii=False, indent=2)
            out.write("\n")
        written += 1
    print("wrote %d pages" % written)


if __name__ == "__main__":
    main()
