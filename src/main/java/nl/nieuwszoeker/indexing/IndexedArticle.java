package nl.nieuwszoeker.indexing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.nieuwszoeker.model.Article;
import nl.nieuwszoeker.model.Fields;

/**
 * An article as sent to the index, with the moment it was sent: a feed can then say when an article without
 * a publication date appeared, instead of inventing one.
 */
record IndexedArticle(@JsonUnwrapped Article article, @JsonProperty(Fields.INDEXED) String indexed) {
}
