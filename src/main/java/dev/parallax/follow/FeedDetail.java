package dev.parallax.follow;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/** A feed with its most recent items, for GET /api/feeds/{id} and the admin's page of the feed. */
public record FeedDetail(@JsonUnwrapped FeedView feed, List<FeedItemView> items) {
}
