package nl.nieuwszoeker.web.page;

import static nl.nieuwszoeker.web.Html.escape;

/**
 * What a person sees when a page cannot be shown: the same frame as every page, a Dutch explanation of what
 * went wrong and what to do. The JSON API keeps its own error shape; this is only for the HTML routes.
 */
public final class ErrorPage {

    private final Assets assets;

    public ErrorPage(Assets assets) {
        this.assets = assets;
    }

    /** code is the API's error code; param names the parameter at fault, if one is. */
    public String render(String code, String param, String q) {
        var html = new StringBuilder(2_048);
        Layout.open(html, assets, title(code, param), q == null ? "" : q);
        fragment(html, code, param);
        Layout.close(html);
        return html.toString();
    }

    /** The same explanation without the frame, for a search the script loads in place. */
    public String fragment(String code, String param) {
        var html = new StringBuilder(1_024);
        fragment(html, code, param);
        return html.toString();
    }

    private static void fragment(StringBuilder html, String code, String param) {
        String[] text = text(code, param);
        Layout.openContent(html, title(code, param));
        html.append("<main id=\"inhoud\" class=\"article error\" tabindex=\"-1\" data-error=\"").append(escape(code))
                .append("\"><h1>").append(escape(text[0])).append("</h1><p>").append(escape(text[1]))
                .append("</p><p><a href=\"/\">Naar de zoekpagina</a></p></main>");
        Layout.closeContent(html);
    }

    private static String title(String code, String param) {
        return text(code, param)[0] + " \u2013 Nieuwszoeker";
    }

    static String[] text(String code, String param) {
        return switch (code) {
            case "search_unavailable" -> new String[] {"Zoeken lukt even niet",
                    "De zoekdienst is even niet bereikbaar. Hij start vanzelf opnieuw; probeer het over een paar seconden nog eens."};
            case "index_missing" -> new String[] {"De zoekindex wordt nog opgebouwd",
                    "De artikelen worden nog ingelezen. Probeer het over een minuut opnieuw."};
            case "search_timeout" -> new String[] {"Zoeken duurde te lang",
                    "Deze zoekopdracht kostte te veel tijd en is afgebroken. Maak de zoekopdracht preciezer."};
            case "bad_request", "bad_query" -> new String[] {"Deze zoekopdracht klopt niet", badParameter(param)};
            case "not_found" -> new String[] {"Pagina niet gevonden",
                    "Deze pagina bestaat niet. Zoek hieronder verder in het nieuws."};
            case "method_not_allowed" -> new String[] {"Dat kan hier niet",
                    "Deze pagina kan alleen worden opgevraagd, niet verstuurd."};
            case "search_backend_error" -> new String[] {"De zoekdienst gaf een fout",
                    "De zoekdienst antwoordde met een fout. Probeer het later opnieuw."};
            default -> new String[] {"Er ging iets mis",
                    "Er ging aan onze kant iets mis. Probeer het later opnieuw."};
        };
    }

    private static String badParameter(String param) {
        if (param == null) {
            return "De zoekopdracht kon niet worden uitgevoerd. Pas de zoektekst of de filters aan.";
        }
        return switch (param) {
            case "from" -> "De datum bij \u2018Van\u2019 is geen geldige datum of ligt na de einddatum. Schrijf een datum als 31-03-2024 (dd-mm-jjjj).";
            case "to" -> "De datum bij \u2018Tot en met\u2019 is geen geldige datum. Schrijf een datum als 31-03-2024 (dd-mm-jjjj).";
            case "page", "size" -> "Dit paginanummer valt buiten de resultaten. Verfijn de zoekopdracht om verder te kijken.";
            case "sort" -> "Deze sortering bestaat niet. Sorteer op relevantie, nieuwste of oudste.";
            case "q" -> "De zoektekst is te lang of bevat tekens die niet kunnen. Maak hem korter.";
            default -> "De zoekpagina kent de instelling \u2018" + param + "\u2019 niet of kan die waarde niet gebruiken.";
        };
    }
}
