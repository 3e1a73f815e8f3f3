package com.judgmentday.level;

import java.util.Locale;

/**
 * Writes the level schema in Tiled's own formats, so Tiled offers every type with its properties and
 * defaults: objecttypes.xml (Tiled 1.8's Object Types; 1.9+ imports them as classes) and a project file
 * naming it, with the choice lists as enums and the commands that play and validate the open map.
 */
public final class TiledSchemaWriter {
    public static final String OBJECT_TYPES = "objecttypes.xml";
    public static final String PROJECT = "judgment-day.tiled-project";
    /**
     * The project's commands: name, arguments, shortcut. Each runs tools/Jd.java (the built jar, or a line saying
     * how to build it) from the repository root, two folders above the project; Tiled quotes what %projectpath
     * and %mapfile stand for, so paths with spaces work.
     */
    private static final String[][] COMMANDS = {
        {"Play this map in Judgment Day", "--level %mapfile", "F5"},
        {"Validate this map", "validate %mapfile", "F6"},
    };
    private static final String[] COLOURS = {"#e06c75", "#61afef", "#98c379", "#c678dd", "#e5c07b", "#56b6c2",
        "#d19a66", "#abb2bf", "#be5046", "#528bff"};

    private TiledSchemaWriter() {
    }

    public static String objectTypes(LevelSchema schema) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- Generated from LevelSchema by 'judgment-day schema assets/levels'; do not edit by hand. -->\n");
        xml.append("<objecttypes>\n");
        int index = 0;
        for (ObjectTypeDef type : schema.types()) {
            xml.append(" <objecttype name=\"").append(type.name).append("\" color=\"")
                    .append(COLOURS[index++ % COLOURS.length]).append('"');
            if (type.properties.isEmpty()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            for (PropertyDef property : type.properties) {
                xml.append("  <property name=\"").append(property.name).append("\" type=\"").append(property.kind.tiled)
                        .append('"');
                if (property.kind == PropertyKind.CHOICE) {
                    xml.append(" propertytype=\"").append(enumName(type, property)).append('"');
                }
                xml.append(" default=\"").append(escape(defaultFor(property))).append("\"/>\n");
            }
            xml.append(" </objecttype>\n");
        }
        return xml.append("</objecttypes>\n").toString();
    }

    public static String project(LevelSchema schema) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("    \"automappingRulesFile\": \"\",\n");
        json.append("    \"commands\": [");
        for (int i = 0; i < COMMANDS.length; i++) {
            json.append(i == 0 ? "\n" : ",\n").append("        {\n");
            json.append("            \"arguments\": \"%projectpath/../../tools/Jd.java ").append(COMMANDS[i][1]).append("\",\n");
            json.append("            \"command\": \"java\",\n            \"enabled\": true,\n");
            json.append("            \"name\": \"").append(COMMANDS[i][0]).append("\",\n");
            json.append("            \"saveBeforeExecute\": true,\n");
            json.append("            \"shortcut\": \"").append(COMMANDS[i][2]).append("\",\n");
            json.append("            \"showOutput\": true,\n            \"workingDirectory\": \"%projectpath/../..\"\n        }");
        }
        json.append("\n    ],\n");
        json.append("    \"extensionsPath\": \"extensions\",\n");
        json.append("    \"folders\": [\".\"],\n");
        json.append("    \"objectTypesFile\": \"").append(OBJECT_TYPES).append("\",\n");
        json.append("    \"propertyTypes\": [");
        int id = 1;
        for (ObjectTypeDef type : schema.types()) {
            for (PropertyDef property : type.properties) {
                if (property.kind != PropertyKind.CHOICE) {
                    continue;
                }
                json.append(id == 1 ? "\n" : ",\n");
                json.append("        {\n            \"id\": ").append(id++).append(",\n");
                json.append("            \"name\": \"").append(enumName(type, property)).append("\",\n");
                json.append("            \"type\": \"enum\",\n            \"storageType\": \"string\",\n");
                json.append("            \"valuesAsFlags\": false,\n            \"values\": [");
                for (int i = 0; i < property.options.length; i++) {
                    json.append(i == 0 ? "\"" : ", \"").append(property.options[i]).append('"');
                }
                json.append("]\n        }");
            }
        }
        return json.append("\n    ]\n}\n").toString();
    }

    /** The object reference for docs/levels.md, between its schema markers. */
    public static String reference(LevelSchema schema) {
        StringBuilder md = new StringBuilder();
        md.append("| type | shapes | what it is |\n| --- | --- | --- |\n");
        for (ObjectTypeDef type : schema.types()) {
            md.append("| `").append(type.name).append("` | ").append(shapeList(type)).append(" | ").append(type.doc).append(" |\n");
        }
        md.append("\nProperties (a type not listed takes none):\n\n");
        md.append("| type | property | Tiled type | default | allowed | meaning |\n| --- | --- | --- | --- | --- | --- |\n");
        appendProperties(md, schema.mapProperties());
        for (ObjectTypeDef type : schema.types()) {
            appendProperties(md, type);
        }
        return md.toString();
    }

    private static void appendProperties(StringBuilder md, ObjectTypeDef type) {
        for (PropertyDef property : type.properties) {
            md.append("| `").append(type.name).append("` | `").append(property.name).append("` | ").append(property.kind.tiled)
                    .append(" | ").append(property.required() ? "(required)" : property.defaultValue.isEmpty() ? "(empty)"
                            : "`" + property.defaultValue + "`")
                    .append(" | ").append(allowed(property)).append(" | ").append(property.doc).append(" |\n");
        }
    }

    private static String allowed(PropertyDef property) {
        switch (property.kind) {
            case INT:
            case FLOAT:
                return format(property.min) + " to " + format(property.max);
            case CHOICE:
                return String.join(", ", property.options);
            case OBJECT:
                return property.options.length == 0 ? "any object" : String.join(", ", property.options);
            case BOOL:
                return "true, false";
            default:
                return "text";
        }
    }

    private static String shapeList(ObjectTypeDef type) {
        StringBuilder out = new StringBuilder();
        for (ObjectShape shape : type.shapes) {
            out.append(out.length() == 0 ? "" : ", ").append(shape.name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static String format(float value) {
        return value == (long) value ? Long.toString((long) value) : Float.toString(value);
    }

    private static String enumName(ObjectTypeDef type, PropertyDef property) {
        return type.name + "." + property.name;
    }

    private static String defaultFor(PropertyDef property) {
        if (property.defaultValue != null) {
            return property.defaultValue;
        }
        switch (property.kind) {
            case OBJECT:
            case INT:
                return "0";
            case FLOAT:
                return String.format(Locale.ROOT, "%s", property.min);
            case CHOICE:
                return property.options[0];
            default:
                return "";
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
