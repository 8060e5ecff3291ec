package dev.offprint.render.html;

import java.util.Locale;
import java.util.Map;

/**
 * The words offprint itself adds to a document (section names, "By", "Published"...), in the
 * article's language where offprint knows it (en, de, fr, es, it, nl, pt), else in English. When
 * the words are not in the document's language, {@link #foreign} says so, and the renderers mark
 * them with a {@code lang} attribute so a screen reader does not read them in the wrong voice.
 */
public record Labels(
        String lang, boolean foreign,
        String by, String published, String updated, String references, String notes, String links, String source,
        String comments, String address, String site, String publisher, String author, String authors,
        String captured, String converted, String backToText, String backToCitation, String embeddedMedia,
        String untitled, String and, String section, String contents, String landmarks, String cover,
        String titlePage, String startOfContent, String appendix) {

    private static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"By", "Published", "Updated", "References", "Notes", "Links", "Source", "Comments",
                    "Address", "Site", "Publisher", "Author", "Authors", "Captured", "Converted", "Back to text",
                    "Back to citation", "Embedded media", "Untitled article", "and", "Section", "Contents", "Landmarks",
                    "Cover", "Title page", "Start of content", "Appendix"},
            "de", new String[] {"Von", "Veröffentlicht", "Aktualisiert", "Literatur", "Anmerkungen", "Links", "Quelle",
                    "Kommentare", "Adresse", "Website", "Verlag", "Autor", "Autoren", "Gespeichert", "Konvertiert",
                    "Zurück zum Text", "Zurück zum Zitat", "Eingebettete Medien", "Artikel ohne Titel", "und", "Abschnitt",
                    "Inhalt", "Orientierungspunkte", "Umschlag", "Titelseite", "Textbeginn", "Anhang"},
            "fr", new String[] {"Par", "Publié le", "Mis à jour le", "Références", "Notes", "Liens", "Source",
                    "Commentaires", "Adresse", "Site", "Éditeur", "Auteur", "Auteurs", "Enregistré le", "Converti le",
                    "Retour au texte", "Retour à la citation", "Média intégré", "Article sans titre", "et", "Section",
                    "Table des matières", "Repères", "Couverture", "Page de titre", "Début du contenu", "Annexe"},
            "es", new String[] {"Por", "Publicado", "Actualizado", "Referencias", "Notas", "Enlaces", "Fuente",
                    "Comentarios", "Dirección", "Sitio", "Editorial", "Autor", "Autores", "Guardado", "Convertido",
                    "Volver al texto", "Volver a la cita", "Contenido incrustado", "Artículo sin título", "y", "Sección",
                    "Índice", "Puntos de referencia", "Portada", "Portadilla", "Inicio del contenido", "Apéndice"},
            "it", new String[] {"Di", "Pubblicato", "Aggiornato", "Bibliografia", "Note", "Link", "Fonte", "Commenti",
                    "Indirizzo", "Sito", "Editore", "Autore", "Autori", "Salvato", "Convertito", "Torna al testo",
                    "Torna alla citazione", "Contenuto incorporato", "Articolo senza titolo", "e", "Sezione", "Indice",
                    "Punti di riferimento", "Copertina", "Frontespizio", "Inizio del contenuto", "Appendice"},
            "nl", new String[] {"Door", "Gepubliceerd", "Bijgewerkt", "Bronnen", "Noten", "Links", "Herkomst", "Reacties",
                    "Adres", "Site", "Uitgever", "Auteur", "Auteurs", "Opgeslagen", "Geconverteerd", "Terug naar de tekst",
                    "Terug naar de verwijzing", "Ingesloten media", "Artikel zonder titel", "en", "Sectie", "Inhoud",
                    "Oriëntatiepunten", "Omslag", "Titelpagina", "Begin van de inhoud", "Bijlage"},
            "pt", new String[] {"Por", "Publicado", "Atualizado", "Referências", "Notas", "Links", "Fonte", "Comentários",
                    "Endereço", "Site", "Editora", "Autor", "Autores", "Guardado", "Convertido", "Voltar ao texto",
                    "Voltar à citação", "Conteúdo incorporado", "Artigo sem título", "e", "Secção", "Índice",
                    "Pontos de referência", "Capa", "Página de título", "Início do conteúdo", "Apêndice"});

    /** The labels for a document in {@code languageTag} (a BCP 47 tag, "und" or null when unknown). */
    public static Labels forLanguage(String languageTag) {
        String tag = HtmlRenderer.language(languageTag);
        String primary = tag.split("-")[0].toLowerCase(Locale.ROOT);
        String[] w = WORDS.get(primary);
        boolean foreign = false;
        if (w == null) {
            w = WORDS.get("en");
            foreign = !primary.equals("und");
            primary = "en";
        }
        return new Labels(primary, foreign, w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11],
                w[12], w[13], w[14], w[15], w[16], w[17], w[18], w[19], w[20], w[21], w[22], w[23], w[24], w[25], w[26]);
    }

    /** Attributes marking an element that holds only labels, when they are not in the document's language. */
    public String[] langAttributes(boolean xhtml) {
        if (!foreign) return new String[0];
        // English words run left to right, also inside a right-to-left document
        return xhtml ? new String[] {"lang", lang, "xml:lang", lang, "dir", "ltr"} : new String[] {"lang", lang, "dir", "ltr"};
    }
}
