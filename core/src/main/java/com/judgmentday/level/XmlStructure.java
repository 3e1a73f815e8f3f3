package com.judgmentday.level;

import com.judgmentday.content.UserText;

/**
 * Checks the tag structure of a map or tileset before libGDX's XmlReader parses it: that parser matches no
 * closing tag to its opening one, leaves nesting unbounded for the reader's recursion, joins text among
 * elements in quadratic time, and names neither line nor tag when it fails. One linear pass: every element
 * closed by its own name, nested at most a given depth, no text among elements (Tiled writes none), one
 * root element. A refusal names the line and the tag, never the file's other text.
 */
final class XmlStructure {
    private final String xml;
    private final int maxDepth;
    private final String[] names;
    private final int[] lines;
    private final boolean[] hasChild;
    private final boolean[] hasText;
    private int depth;
    private int line = 1;
    private int at;

    private XmlStructure(String xml, int maxDepth) {
        this.xml = xml;
        this.maxDepth = maxDepth;
        names = new String[maxDepth];
        lines = new int[maxDepth];
        hasChild = new boolean[maxDepth];
        hasText = new boolean[maxDepth];
    }

    /** What is wrong with the document's structure ("line 12: ..."), or null when it is sound. */
    static String problem(String xml, int maxDepth) {
        return new XmlStructure(xml, maxDepth).check();
    }

    private String check() {
        boolean rootSeen = false;
        while (at < xml.length()) {
            if (xml.charAt(at) != '<') {
                String wrong = text(indexOrEnd(xml.indexOf('<', at)));
                if (wrong != null) {
                    return wrong;
                }
            } else if (xml.startsWith("<!--", at)) {
                if (!skipPast("-->", at + 4)) {
                    return "line " + line + ": a comment is never closed with -->";
                }
            } else if (xml.startsWith("<![CDATA[", at)) {
                int start = line;
                int end = xml.indexOf("]]>", at + 9);
                if (end < 0) {
                    return "line " + line + ": a CDATA section is never closed with ]]>";
                }
                String wrong = textAt(start, end > at + 9);
                if (wrong != null) {
                    return wrong;
                }
                moveTo(end + 3);
            } else if (xml.startsWith("<?", at) || xml.startsWith("<!", at)) {
                if (!skipPast(">", at + 2)) {
                    return "line " + line + ": a declaration is never closed with >";
                }
            } else {
                String wrong = tag(rootSeen);
                if (wrong != null) {
                    return wrong;
                }
                rootSeen = true;
            }
        }
        if (depth > 0) {
            return tagName(depth - 1) + " opened on line " + lines[depth - 1] + " is never closed; the file may be cut short";
        }
        return rootSeen ? null : "line " + line + ": no element at all";
    }

    /** A tag at {@code at}: opens, closes or is whole ({@code <x/>}). */
    private String tag(boolean rootSeen) {
        boolean closing = xml.startsWith("</", at);
        int nameStart = at + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < xml.length() && "> \t\r\n/".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return "line " + line + ": a '<' that starts no tag; write &lt; for the character";
        }
        String name = xml.substring(nameStart, nameEnd);
        int end = tagEnd(nameEnd);
        if (end < 0) {
            return "line " + line + ": tag <" + UserText.token(name) + "> is never closed with >";
        }
        int tagLine = line;
        moveTo(end + 1);
        if (closing) {
            if (depth == 0) {
                return "line " + tagLine + ": </" + UserText.token(name) + "> closes nothing; remove the stray tag";
            }
            if (!names[depth - 1].equals(name)) {
                return "line " + tagLine + ": </" + UserText.token(name) + "> where </" + UserText.token(names[depth - 1])
                        + "> was expected (" + tagName(depth - 1) + " opened on line " + lines[depth - 1]
                        + "); remove the stray tag";
            }
            depth--;
            return null;
        }
        if (depth == 0 && rootSeen) {
            return "line " + tagLine + ": <" + UserText.token(name) + "> after the end of the root element;"
                    + " a file holds one root element";
        }
        if (depth > 0) {
            if (hasText[depth - 1]) {
                return mixed(tagLine);
            }
            hasChild[depth - 1] = true;
        }
        if (xml.charAt(end - 1) != '/') {
            if (depth == maxDepth) {
                return "line " + tagLine + ": elements are nested more than " + maxDepth + " deep; flatten the group layers";
            }
            names[depth] = name;
            lines[depth] = tagLine;
            hasChild[depth] = false;
            hasText[depth] = false;
            depth++;
        }
        return null;
    }

    /** The '>' ending a tag, skipping quoted attribute values (which may hold '>'); -1 when there is none. */
    private int tagEnd(int from) {
        for (int i = from; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '"' || c == '\'') {
                i = xml.indexOf(c, i + 1);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Character data from {@code at} to {@code end}: only white space may stand outside or among elements. */
    private String text(int end) {
        int start = line;
        boolean visible = false;
        for (int i = at; i < end && !visible; i++) {
            char c = xml.charAt(i);
            visible = c != ' ' && c != '\t' && c != '\r' && c != '\n';
        }
        String wrong = textAt(start, visible);
        moveTo(end);
        return wrong;
    }

    private String textAt(int textLine, boolean visible) {
        if (!visible) {
            return null;
        }
        if (depth == 0) {
            return "line " + textLine + ": text outside any element";
        }
        if (hasChild[depth - 1]) {
            return mixed(textLine);
        }
        hasText[depth - 1] = true;
        return null;
    }

    private String mixed(int textLine) {
        return "line " + textLine + ": text among the elements of " + tagName(depth - 1) + "; Tiled writes none there, remove it";
    }

    private String tagName(int level) {
        return "<" + UserText.token(names[level]) + ">";
    }

    /** Moves past the next {@code end} found from {@code from}; false when there is none. */
    private boolean skipPast(String end, int from) {
        int found = xml.indexOf(end, from);
        if (found < 0) {
            return false;
        }
        moveTo(found + end.length());
        return true;
    }

    private void moveTo(int to) {
        for (int i = at; i < to; i++) {
            if (xml.charAt(i) == '\n') {
                line++;
            }
        }
        at = to;
    }

    private int indexOrEnd(int index) {
        return index < 0 ? xml.length() : index;
    }
}
