package io.vigil.coordination;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One post as the readers hand it to the feature extraction, whatever the input format.
 *
 * @param account the posting account (screen name or platform id)
 * @param time epoch seconds
 * @param text the post text (for a repost: the reposted text)
 * @param repost true when the post is a plain repost (retweet) of another post
 * @param repostOf the id of the reposted post when the format has one; for reposts without it the
 *     shared item is derived from the normalized text
 * @param replyTo the id of the post replied to, when known
 * @param urls links in the post (as given; normalized later)
 * @param hashtags hashtags without '#', as given
 * @param language the post's language as given by the data, when known
 */
record Post(
    String account,
    long time,
    String text,
    boolean repost,
    @Nullable String repostOf,
    @Nullable String replyTo,
    List<String> urls,
    List<String> hashtags,
    @Nullable String language) {}
