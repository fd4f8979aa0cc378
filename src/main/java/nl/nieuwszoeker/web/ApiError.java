package nl.nieuwszoeker.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The one error shape every endpoint answers with. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, String param) {
    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
