#!/usr/bin/env python3
"""Reviewer's own world generator for vigil coordination detect (jsonl format).

Independent of the project's benchmark generators. Usage:
  python3 gen.py WORLD --seed N --out DIR      -> DIR/posts.jsonl, DIR/truth.json
  python3 gen.py --list                         -> world names

A world = organic background (heavy-tailed activity, topic communities, time zones and daily
cycles, Zipf-popular originals retweeted with lognormal delays and morning catch-up, viral bursts,
news links shared with share-button headline text and tracking-parameter variants, replies to
popular posts incl. generic short replies, a live-TV hashtag event) + planted groups + benign
controls. Group spec: kind, size, actions, delay (seconds of jitter; 0 = all in the same second).
"""
import json, math, os, random, sys, argparse

T0 = 1709251200  # 2024-03-01T00:00:00Z

# ---------------------------------------------------------------- vocabulary
SYL = ["ka", "lo", "mi", "ren", "tu", "sa", "ve", "dor", "pi", "an", "el", "gro", "ni", "ta", "mor",
       "li", "qu", "ber", "zo", "fa", "in", "ste", "ra", "bu", "co", "de", "ju", "wa", "ki", "pon"]
COMMON = ("the a to of and in is it you that for on this with be are not have was but what so just "
          "they all we if my can about like no people more out do one get how now will your why "
          "when who think know time really see good want still day even would there need make "
          "right today new back much going way well only go then than also over here them").split()
GENERIC_REPLIES = ["so true", "this!", "lol", "100% agree", "thank you", "exactly", "wow",
                   "great thread", "well said", "love this", "yes!", "facts", "same here",
                   "so sad", "congrats!", "happy birthday!", "this is the way"]
GENERIC_POSTS = ["good morning everyone", "happy friday everyone!", "good night all",
                 "happy monday", "what a game tonight", "coffee first", "weekend vibes"]


def mkword(rng):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3)))


class Zipf:
    def __init__(self, n, s, rng):
        self.w = [1.0 / (i + 1) ** s for i in range(n)]
        self.c = []
        acc = 0.0
        for x in self.w:
            acc += x
            self.c.append(acc)
        self.rng = rng

    def draw(self):
        import bisect
        return bisect.bisect_left(self.c, self.rng.random() * self.c[-1])


# hourly activity weights in local time (low at night, peaks noon and evening)
DIURNAL = [0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.4, 0.9, 1.1, 1.0, 1.0, 1.1, 1.3, 1.2, 1.0, 1.0,
           1.0, 1.1, 1.3, 1.5, 1.7, 1.7, 1.3, 0.7]


class World:
    def __init__(self, spec, seed):
        self.spec = spec
        self.rng = random.Random(seed)
        self.days = spec.get("days", 14)
        self.end = T0 + self.days * 86400
        self.posts = []
        self.pid = 0
        self.truth = {"world": spec["name"], "seed": seed, "groups": [], "benign": [],
                      "organic": []}
        self.acct = {}  # name -> dict(zone, topic)

    # -- helpers
    def new_id(self):
        self.pid += 1
        return "p%d" % self.pid

    def iso(self, t):
        import time as _t
        return _t.strftime("%Y-%m-%dT%H:%M:%SZ", _t.gmtime(int(t)))

    def emit(self, account, t, text, repost_of=None, reply_to=None, urls=None, hashtags=None,
             pid=None):
        if t < T0 or t >= self.end:
            return None
        pid = pid or self.new_id()
        rec = {"id": pid, "account": account, "time": self.iso(t), "text": text}
        if repost_of:
            rec["repost_of"] = repost_of
        if reply_to:
            rec["reply_to"] = reply_to
        rec["urls"] = urls or []
        rec["hashtags"] = hashtags or []
        self.posts.append(rec)
        return pid

    def local_time(self, zone, day_frac=None):
        """A random time over the period following the account's daily cycle."""
        rng = self.rng
        day = rng.randrange(self.days)
        hour = rng.choices(range(24), DIURNAL)[0]
        t = day * 86400 + (hour - zone) * 3600 + rng.random() * 3600
        return T0 + t % (self.days * 86400)

    def wake_shift(self, zone, t, sleep_shift):
        """If t falls in the account's night, move it to soon after waking."""
        lh = ((t + zone * 3600) / 3600.0 - sleep_shift) % 24
        if lh < 7.0:
            t = t + (7.0 - lh) * 3600 + self.rng.expovariate(1 / 2400.0)
        return t

    def words(self, topic, n, rng=None, account=None):
        """Function words, a shared general vocabulary, the topic's own words (share
        spec['topic_words'], default 0.15) and a few words of the account's own."""
        rng = rng or self.rng
        tw = self.spec.get("topic_words", 0.15)
        out = []
        for _ in range(n):
            x = rng.random()
            if x < 0.4:
                out.append(rng.choice(COMMON))
            elif x < 0.4 + tw:
                out.append(self.vocab[topic][self.vzipf.draw()])
            elif account is not None and x > 0.95:
                out.append(rng.choice(self.acct[account]["own"]))
            else:
                out.append(self.general[self.gzipf.draw()])
        return out

    # -- the organic world
    def build_organic(self):
        s, rng = self.spec, self.rng
        K = s.get("topics", 10)
        n = s.get("organic", 2000)
        focus = s.get("focus", 0.8)
        zones = s.get("zones", [-5, 0, 1, 8])
        self.K = K
        self.vocab = [[mkword(rng) for _ in range(400)] for _ in range(K)]
        self.vzipf = Zipf(400, 1.0, rng)
        self.general = [mkword(rng) for _ in range(3000)]
        self.gzipf = Zipf(3000, 1.0, rng)
        self.topic_tags = [["t%d%s" % (k, mkword(rng)) for _ in range(40)] for k in range(K)]
        self.tagzipf = Zipf(40, 1.1, rng)
        self.trending = [mkword(rng).capitalize() + "Now" for _ in range(8)]
        # news articles: per topic, outlets publish articles (headline, url, time)
        self.outlets = ["%snews" % mkword(rng) for _ in range(6)]
        self.articles = []
        for k in range(K):
            arts = []
            for j in range(s.get("articles_per_topic", 150)):
                o = rng.randrange(len(self.outlets))
                hl = " ".join(self.words(k, rng.randint(8, 13))).capitalize()
                slug = "-".join(hl.lower().split()[:6])
                url = "https://www.%s.com/%s/%d/%s" % (self.outlets[o], "topic%d" % k,
                                                        100000 + len(self.articles) * 7 + j, slug)
                arts.append({"hl": hl, "url": url, "t": self.local_time(0), "outlet": o})
            self.articles.append(arts)
        self.artzipf = Zipf(s.get("articles_per_topic", 150), 1.0, rng)
        # source accounts (outlets / celebrities per topic) posting originals
        self.otext = {}
        self.originals = []  # per topic: list of (pid, t, account)
        src_per_topic = s.get("sources_per_topic", 4)
        P = s.get("originals_per_topic", 300)
        for k in range(K):
            srcs = ["src_%d_%d" % (k, j) for j in range(src_per_topic)]
            for a in srcs:
                self.truth["organic"].append(a)
            ol = []
            for j in range(P):
                a = rng.choice(srcs)
                t = self.local_time(rng.choice(zones))
                tags = [self.topic_tags[k][self.tagzipf.draw()]] if rng.random() < 0.4 else []
                txt = " ".join(self.words(k, rng.randint(8, 20)))
                if tags:
                    txt += " #" + tags[0]
                pid = self.emit(a, t, txt, hashtags=tags)
                if pid:
                    ol.append((pid, t, a))
                    self.otext[pid] = txt
            rng.shuffle(ol)  # popularity rank independent of time
            self.originals.append(ol)
        self.origzipf = Zipf(P, s.get("pop_exp", 1.1), rng)
        # organic accounts
        self.org = []
        for i in range(n):
            name = "user%05d" % i
            topic = rng.randrange(K)
            zone = zones[topic % len(zones)] if rng.random() < 0.85 else rng.choice(zones)
            a = self.make_account(name, topic, zone, focus)
            self.org.append(a)
            self.truth["organic"].append(name)
        for a in self.org:
            self.background(a)
        self.viral_bursts()
        if s.get("live_event", True):
            self.live_event()

    def make_account(self, name, topic, zone, focus, act_median=None):
        rng = self.rng
        med = act_median or self.spec.get("act_median", 20)
        nact = int(min(3000, max(1, rng.lognormvariate(math.log(med), 1.2))))
        mix = [rng.random() * 2 + 0.5, rng.random() + 0.3, rng.random() * 0.6 + 0.1]  # rt, own, reply
        tot = sum(mix)
        a = {"name": name, "topic": topic, "zone": zone, "focus": focus, "n": nact,
             "mix": [x / tot for x in mix], "sleep": rng.uniform(-1.5, 1.5),
             "own": [mkword(rng) for _ in range(15)]}
        self.acct[name] = a
        return a

    def pick_topic(self, a):
        return a["topic"] if self.rng.random() < a["focus"] else self.rng.randrange(self.K)

    def background(self, a):
        rng = self.rng
        for _ in range(a["n"]):
            r = rng.random()
            k = self.pick_topic(a)
            if r < a["mix"][0]:  # retweet an original
                pid, t0, src = self.originals[k][self.origzipf.draw()]
                t = t0 + rng.lognormvariate(math.log(5400), 1.6)
                t = self.wake_shift(a["zone"], t, a["sleep"])
                self.emit(a["name"], t, self.rt_text(src, pid), repost_of=pid)
            elif r < a["mix"][0] + a["mix"][1]:
                self.own_post(a, k)
            else:  # reply to a popular post
                pid, t0, src = self.originals[k][self.origzipf.draw()]
                t = self.wake_shift(a["zone"], t0 + rng.lognormvariate(math.log(1800), 1.5),
                                    a["sleep"])
                txt = (rng.choice(GENERIC_REPLIES) if rng.random() < 0.2
                       else "@%s " % src + " ".join(self.words(k, rng.randint(4, 15), account=a["name"])))
                self.emit(a["name"], t, txt, reply_to=pid)

    def rt_text(self, src, pid):
        if not self.spec.get("rt_text", True):
            return ""
        return "RT @%s: %s" % (src, self.otext.get(pid, ""))

    def url_variant(self, url, rng):
        """Organic variation of a shared link (share buttons add utm, apps add fbclid...)."""
        r = rng.random()
        if r < 0.3:
            return url
        if r < 0.5:
            return url + "?utm_source=twitter&utm_medium=social"
        if r < 0.6:
            return url.replace("https://www.", "http://")
        if r < 0.7:
            return url + "/"
        if r < 0.8:
            return url + "?fbclid=IwAR%x" % rng.getrandbits(40)
        if r < 0.9:
            return url.replace("https://www.", "https://")
        return url + "?utm_source=share&utm_campaign=%x" % rng.getrandbits(20)

    def own_post(self, a, k):
        rng = self.rng
        t = self.local_time(a["zone"])
        r = rng.random()
        if r < 0.03:
            self.emit(a["name"], t, rng.choice(GENERIC_POSTS))
            return
        if r < 0.25:  # share a news article
            art = self.articles[k][self.artzipf.draw()]
            t = self.wake_shift(a["zone"], art["t"] + rng.lognormvariate(math.log(3 * 3600), 1.5),
                                a["sleep"])
            u = self.url_variant(art["url"], rng)
            if rng.random() < 0.5:  # share-button text
                txt = "%s via @%s %s" % (art["hl"], self.outlets[art["outlet"]], u)
            else:
                txt = " ".join(self.words(k, rng.randint(5, 15), account=a["name"])) + " " + u
            self.emit(a["name"], t, txt, urls=[u])
            return
        tags = []
        if rng.random() < 0.3:
            tags = [self.topic_tags[k][self.tagzipf.draw()] for _ in range(rng.randint(1, 3))]
            tags = list(dict.fromkeys(tags))
        if rng.random() < 0.15:
            tags.append(rng.choice(self.trending))
        txt = " ".join(self.words(k, rng.randint(5, 25), account=a["name"]))
        if tags:
            txt += " " + " ".join("#" + h for h in tags)
        self.emit(a["name"], t, txt, hashtags=tags)

    def viral_bursts(self):
        rng = self.rng
        for _ in range(self.spec.get("viral", 6)):
            k = rng.randrange(self.K)
            pid, t0, src = self.originals[k][rng.randrange(5)]
            size = rng.randint(100, self.spec.get("viral_max", 600))
            acts = rng.sample(self.org, min(size, len(self.org)))
            for a in acts:
                if rng.random() < 0.7:
                    t = t0 + rng.expovariate(1 / 300.0)
                else:
                    t = self.wake_shift(a["zone"], t0 + rng.lognormvariate(math.log(3600), 1.2),
                                        a["sleep"])
                self.emit(a["name"], t, self.rt_text(src, pid), repost_of=pid)
            # and a reply storm
            for a in rng.sample(self.org, min(size // 4, len(self.org))):
                t = t0 + rng.expovariate(1 / 900.0)
                txt = rng.choice(GENERIC_REPLIES) if rng.random() < 0.4 else " ".join(
                    self.words(k, rng.randint(3, 12), account=a["name"]))
                self.emit(a["name"], t, txt, reply_to=pid)

    def live_event(self):
        """A TV show: weekly episode, hundreds post with the show's hashtags during one hour."""
        rng = self.rng
        k = rng.randrange(self.K)
        show = mkword(rng).capitalize()
        for ep in range(self.days // 7 + 1):
            t0 = T0 + ep * 7 * 86400 + 2 * 86400 + 1 * 3600  # 01:00 UTC = 20:00 UTC-5
            fans = [a for a in self.org if a["topic"] == k or rng.random() < 0.05]
            for a in rng.sample(fans, min(len(fans), rng.randint(150, 300))):
                for _ in range(rng.randint(1, 3)):
                    tags = [show, "%sS2E%d" % (show, ep + 1)]
                    if rng.random() < 0.3:
                        tags.reverse()
                    txt = " ".join(self.words(k, rng.randint(3, 12), account=a["name"])) + " " + " ".join(
                        "#" + h for h in tags)
                    self.emit(a["name"], t0 + rng.random() * 3600, txt, hashtags=tags)

    # -- planted groups
    def jit(self, delay):
        return 0 if delay == 0 else self.rng.random() * delay

    def plant(self, gi, g):
        rng = self.rng
        kind, size, A, delay = g["kind"], g["size"], g["actions"], g["delay"]
        topic = g.get("topic", rng.randrange(self.K))
        zones = self.spec.get("zones", [-5, 0, 1, 8])
        members = []
        for m in range(size):
            name = "%s%02d_%02d" % (g.get("prefix", "acct"), gi, m)  # nondescript names
            zone = rng.choice(zones)
            a = self.make_account(name, rng.randrange(self.K) if g.get("mixed_topics", True)
                                  else topic, zone, self.spec.get("focus", 0.8),
                                  act_median=g.get("bg_median"))
            if g.get("background", True):
                self.background(a)
            members.append(a)
        op_zone = rng.choice(zones)
        kinds = g.get("cycle") or [kind]
        camp_words = [mkword(rng) for _ in range(30)]
        site = "%s-%s.com" % (mkword(rng), mkword(rng))
        camptags = [mkword(rng).capitalize() + mkword(rng).capitalize() for _ in range(A + 2)]
        used = set()
        for k in range(A):
            kk = kinds[k % len(kinds)]
            m_t = self.local_time(op_zone)
            if kk in ("rt_pool", "rt_pop", "rt_viral", "reply", "reply_rare"):
                ol = self.originals[topic]
                if kk == "rt_pool":
                    lo, hi = 20, 150
                elif kk == "rt_viral" or kk == "reply":
                    lo, hi = 0, 10
                elif kk == "reply_rare":
                    lo, hi = 100, len(ol)
                else:
                    lo, hi = 3, 20
                while True:
                    j = rng.randrange(lo, min(hi, len(ol)))
                    if j not in used:
                        used.add(j)
                        break
                pid, t0, src = ol[j]
                m_t = t0 + rng.uniform(600, 4 * 3600)
                for a in members:
                    t = m_t + self.jit(delay)
                    if kk.startswith("reply"):
                        self.emit(a["name"], t, "@%s " % src + " ".join(
                            self.words(a["topic"], rng.randint(4, 14), account=a["name"])), reply_to=pid)
                    else:
                        self.emit(a["name"], t, self.rt_text(src, pid), repost_of=pid)
            elif kk == "rt_seed":  # amplify a leader account's posts
                leader = g.setdefault("_leader", "acct%02d_lead" % gi)
                t0 = self.local_time(op_zone)
                txt = " ".join(self.words(topic, rng.randint(10, 20)))
                pid = self.emit(leader, t0, txt)
                self.otext[pid] = txt
                for a in members:
                    self.emit(a["name"], t0 + 30 + self.jit(delay), self.rt_text(leader, pid),
                              repost_of=pid)
            elif kk in ("copypasta", "template"):
                base = [rng.choice(camp_words) if rng.random() < 0.4 else w
                        for w in self.words(topic, rng.randint(14, 24))]
                for a in members:
                    if kk == "copypasta":
                        ws = list(base)
                        r = rng.random()
                        if r < 0.3:
                            ws.append(rng.choice(["!!", "#" + camptags[0], "RT pls", "\U0001F525"]))
                        elif r < 0.5:
                            ws.insert(0, "@" + rng.choice(self.org)["name"])
                    else:  # paraphrase: drop, swap synonyms, reorder clauses
                        ws = []
                        for w in base:
                            x = rng.random()
                            if x < 0.15:
                                continue
                            if x < 0.3:
                                ws.append(rng.choice(camp_words))
                            else:
                                ws.append(w)
                        if rng.random() < 0.5:
                            h = len(ws) // 2
                            ws = ws[h:] + ws[:h]
                    self.emit(a["name"], m_t + self.jit(delay), " ".join(ws))
            elif kk.startswith("link"):
                url = "https://www.%s/news/%d/%s" % (site, 1000 + k, "-".join(
                    rng.choice(camp_words) for _ in range(4)))
                for a in members:
                    if kk == "link":
                        u = self.url_variant(url, rng)
                    else:  # link_params: variants the normaliser may not know
                        u = rng.choice([url, url + "?ref=%s" % a["name"], url + "?s=%d" % rng.randint(10, 30),
                                        url.replace("https://www.", "https://m."), url + "/amp",
                                        url + "?igshid=%x" % rng.getrandbits(30)])
                    txt = " ".join(self.words(a["topic"], rng.randint(3, 12), account=a["name"])) + " " + u
                    self.emit(a["name"], m_t + self.jit(delay), txt, urls=[u])
            elif kk in ("hashseq", "hashfixed", "hashpop"):
                if kk == "hashseq":
                    tags = [camptags[0], camptags[k + 1]]
                elif kk == "hashfixed":
                    tags = [camptags[0], camptags[1]]
                else:
                    tags = [self.topic_tags[topic][0], self.topic_tags[topic][1], self.trending[0]]
                for a in members:
                    txt = " ".join(self.words(a["topic"], rng.randint(4, 14), account=a["name"])) + " " + " ".join(
                        "#" + h for h in tags)
                    self.emit(a["name"], m_t + self.jit(delay), txt, hashtags=tags)
            else:
                raise SystemExit("unknown kind " + kk)
        rec = dict((k, v) for k, v in g.items() if not k.startswith("_"))
        rec["members"] = [a["name"] for a in members]
        if "_leader" in g:
            rec["leader"] = g["_leader"]
        rec["id"] = gi
        if g.get("benign"):
            self.truth["benign"].append(rec)
        else:
            self.truth["groups"].append(rec)

    # -- benign controls
    def fanclub(self, bi, b):
        rng = self.rng
        k = rng.randrange(self.K)
        celeb = "celeb%02d" % bi
        self.truth["organic"].append(celeb)
        fans = []
        for m in range(b["size"]):
            a = self.make_account("fan%02d_%02d" % (bi, m), k, rng.choice(self.spec.get(
                "zones", [-5, 0, 1, 8])), 0.8)
            self.background(a)
            fans.append(a)
        for _ in range(b.get("posts", 25)):
            t0 = self.local_time(0)
            txt = " ".join(self.words(k, rng.randint(6, 18)))
            pid = self.emit(celeb, t0, txt)
            self.otext[pid] = txt
            src = celeb
            for a in fans:
                if rng.random() < b.get("p", 0.7):
                    t = t0 + rng.expovariate(1 / b.get("mean_delay", 120.0))
                    t = self.wake_shift(a["zone"], t, a["sleep"])
                    self.emit(a["name"], t, self.rt_text(src, pid), repost_of=pid)
            # ordinary accounts also retweet the celebrity, later
            for a in rng.sample(self.org, min(len(self.org), rng.randint(20, 120))):
                t = self.wake_shift(a["zone"], t0 + rng.lognormvariate(math.log(5400), 1.5),
                                    a["sleep"])
                self.emit(a["name"], t, self.rt_text(src, pid), repost_of=pid)
        self.truth["benign"].append({"kind": "fanclub", "size": b["size"], "id": bi,
                                     "members": [a["name"] for a in fans],
                                     "posts": b.get("posts", 25),
                                     "mean_delay": b.get("mean_delay", 120.0)})

    def newsbots(self, bi, b):
        rng = self.rng
        k = rng.randrange(self.K)
        bots = ["%sfeed%02d_%02d" % (mkword(rng), bi, m) for m in range(b["size"])]
        for a in bots:
            self.acct[a] = {"name": a}
        for art in self.articles[k][: b.get("headlines", 60)]:
            for a in bots:
                if rng.random() < 0.9:
                    u = art["url"] if rng.random() < 0.5 else art["url"] + "?utm_source=" + a
                    self.emit(a, art["t"] + rng.uniform(5, b.get("lag", 90)),
                              "%s %s" % (art["hl"], u), urls=[u])
        self.truth["benign"].append({"kind": "newsbots", "size": b["size"], "id": bi,
                                     "members": bots})

    def friends(self, bi, b):
        """Real friends who retweet each other's posts (hours later)."""
        rng = self.rng
        k = rng.randrange(self.K)
        fr = [self.make_account("pal%02d_%02d" % (bi, m), k, 0, 0.8) for m in range(b["size"])]
        for a in fr:
            self.background(a)
        for a in fr:
            for _ in range(b.get("posts", 15)):
                t0 = self.local_time(0)
                txt = " ".join(self.words(k, rng.randint(5, 15), account=a["name"]))
                pid = self.emit(a["name"], t0, txt)
                self.otext[pid] = txt
                for o in fr:
                    if o is not a and rng.random() < b.get("p", 0.5):
                        t = self.wake_shift(0, t0 + rng.lognormvariate(math.log(3600), 1.2),
                                            o["sleep"])
                        self.emit(o["name"], t, self.rt_text(a["name"], pid), repost_of=pid)
        self.truth["benign"].append({"kind": "friends", "size": b["size"], "id": bi,
                                     "members": [a["name"] for a in fr]})

    def build(self):
        self.build_organic()
        for gi, g in enumerate(self.spec.get("groups", [])):
            self.plant(gi, dict(g))
        for bi, b in enumerate(self.spec.get("benign", [])):
            getattr(self, b["kind"])(bi, b)
        self.posts.sort(key=lambda r: r["time"])


# ---------------------------------------------------------------- worlds
def grid(kind, sizes, actions, delays, **kw):
    return [dict(kind=kind, size=s, actions=a, delay=d, **kw)
            for s in sizes for a in actions for d in delays]


SIZES = [3, 5, 10, 30]
DELAYS = [0, 30, 300, 3600]
BASE = dict(organic=2000, topics=10, focus=0.8, days=14)

WORLDS = {}


def world(name, **kw):
    spec = dict(BASE)
    spec.update(kw)
    spec["name"] = name
    WORLDS[name] = spec


# controls without planted groups
world("null", groups=[])
world("null_vocab", topic_words=0.55, groups=[])  # topics with strongly distinct vocabularies
world("null_indep", focus=0.2, groups=[])
world("null_small", organic=300, days=7, topics=4, groups=[])
world("null_large", organic=4000, groups=[])
# co-retweet of middling pool posts, grid size x delay per number of actions
for A in (2, 3, 5, 10):
    world("rt_a%d" % A, groups=grid("rt_pool", SIZES, [A], DELAYS))
world("rt_a3_small", organic=300, days=7, topics=4, groups=grid("rt_pool", [3, 5, 10], [3], DELAYS))
world("rt_a2_small", organic=300, days=7, topics=4, groups=grid("rt_pool", [3, 5, 10], [2], DELAYS))
world("rt_a3_bg0", groups=grid("rt_pool", SIZES, [3], DELAYS, background=False))
world("rt_seed", groups=grid("rt_seed", SIZES, [2, 5], [30, 3600]))
world("rt_viral", groups=grid("rt_viral", [5, 10, 30], [3, 10], [30, 300]))
# near-duplicate text
for A in (2, 3, 5):
    world("copy_a%d" % A, groups=grid("copypasta", SIZES, [A], DELAYS))
world("template", groups=grid("template", SIZES, [3, 5, 10], [30, 300]))
# links
for A in (2, 3, 5):
    world("link_a%d" % A, groups=grid("link", SIZES, [A], DELAYS))
world("link_params", groups=grid("link_params", SIZES, [3, 5], [30, 300]))
# replies
world("reply", groups=grid("reply", SIZES, [3, 5], [30, 300]))
world("reply_rare", groups=grid("reply_rare", SIZES, [2, 3, 5], [300]))
# hashtags
world("hashseq", groups=grid("hashseq", SIZES, [3, 5], [30, 300]))
world("hashfixed", groups=grid("hashfixed", SIZES, [3, 5, 10], [300]))
world("hashpop", groups=grid("hashpop", [5, 10, 30], [5, 10], [30, 300]))
# mixed behaviours: each action a different kind, so each signal sees A/4 co-actions
world("mixed", groups=grid("mixed", SIZES, [4, 8], [30, 300],
                           cycle=["rt_pool", "link", "copypasta", "reply"]))
# benign controls
world("fanclub", groups=[], benign=[dict(kind="fanclub", size=s) for s in (5, 10, 20, 40)])
world("fanclub_fast", groups=[], benign=[dict(kind="fanclub", size=s, mean_delay=30.0, p=0.9)
                                         for s in (10, 20, 40)])
world("newsbots", groups=[], benign=[dict(kind="newsbots", size=s) for s in (3, 5, 10)])
world("friends", groups=[], benign=[dict(kind="friends", size=s) for s in (3, 5, 8)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("world", nargs="?")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out")
    ap.add_argument("--tag", default="")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--set", action="append", default=[],
                    help="override a world key, e.g. --set organic=500 (JSON value)")
    ns = ap.parse_args()
    if ns.list or not ns.world:
        for k, v in WORLDS.items():
            print(k, len(v.get("groups", [])), "groups", len(v.get("benign", [])), "benign")
        return
    spec = json.loads(json.dumps(WORLDS[ns.world]))
    for kv in ns.set:
        k, v = kv.split("=", 1)
        spec[k] = json.loads(v)
    w = World(spec, ns.seed)
    w.build()
    out = ns.out or "/tmp/reviewer/runs/%s_s%d" % (ns.world, ns.seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "posts.jsonl"), "w") as f:
        for r in w.posts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(w.truth, f)
    print("%s: %d posts, %d organic, %d groups, %d benign -> %s" % (
        ns.world, len(w.posts), len(w.truth["organic"]), len(w.truth["groups"]),
        len(w.truth["benign"]), out))


if __name__ == "__main__":
    main()
