package io.vigil.coordination;

/** Where a reader delivers posts and skipped rows. */
interface PostSink {
  void post(Post post);

  void malformed(MalformedRow row);
}
