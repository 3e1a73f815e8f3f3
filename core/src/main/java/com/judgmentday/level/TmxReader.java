package com.judgmentday.level;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.XmlReader;
import com.badlogic.gdx.utils.XmlReader.Element;
import com.judgmentday.content.SmallFiles;
import com.judgmentday.content.UserText;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Tiled map file into a {@link TmxDocument} without GL. It refuses, with the file and the feature
 * named, what the game can't use at all (not a map, infinite or non-orthogonal maps, zstd layers, missing
 * tilesets or images, templates); everything else about the objects is the validator's to judge.
 */
public final class TmxReader {
    /** Largest map or tileset file read: real maps are tens of KB; a bigger file is refused unread. */
    static final long MAX_BYTES = 16 * SmallFiles.MB;
    /** Deepest nesting of elements accepted (a map nests about six deep, plus its group layers). */
    static final int MAX_DEPTH = 64;
    private static final Pattern PARSER_LINE = Pattern.compile("^Error parsing XML on line (\\d+)");

    private TmxReader() {
    }

    public static TmxDocument read(FileHandle file) {
        String name = file.path();
        Element map = parse(file, name, true);
        if (map == null || !map.getName().equals("map")) {
            throw new LevelException(name + ": not a Tiled map (the root element must be <map>)");
        }
        String where = name + ": ";
        String orientation = map.getAttribute("orientation", "orthogonal");
        if (!orientation.equals("orthogonal")) {
            throw new LevelException(where + UserText.token(orientation) + " maps are not supported; make an orthogonal map");
        }
        if (!map.getAttribute("infinite", "0").equals("0")) {
            throw new LevelException(where + "infinite maps are not supported; untick Infinite in the map properties");
        }
        TmxDocument document = new TmxDocument();
        document.file = name;
        document.source = file;
        document.id = file.nameWithoutExtension();
        float tileWidth = TmxNumbers.required(where, map, "tilewidth", 1, 1024);
        float tileHeight = TmxNumbers.required(where, map, "tileheight", 1, 1024);
        document.tileWidth = tileWidth;
        document.tileHeight = tileHeight;
        document.widthPx = TmxNumbers.required(where, map, "width", 1, 10_000) * tileWidth;
        document.heightPx = TmxNumbers.required(where, map, "height", 1, 10_000) * tileHeight;
        readProperties(map, document.properties, document.propertyTypes);
        for (int i = 0; i < map.getChildCount(); i++) {
            Element child = map.getChild(i);
            if (child.getName().equals("tileset")) {
                TilesetReader.read(where, file, document, child);
            }
        }
        readLayers(where, file, document, map);
        return document;
    }

    private static void readLayers(String where, FileHandle file, TmxDocument document, Element parent) {
        for (int i = 0; i < parent.getChildCount(); i++) {
            Element child = parent.getChild(i);
            switch (child.getName()) {
                case "objectgroup":
                    for (Element object : child.getChildrenByName("object")) {
                        document.objects.add(readObject(where, object));
                    }
                    break;
                case "group":
                    readLayers(where, file, document, child);
                    break;
                case "layer":
                    TileLayerReader.read(where, document, child);
                    break;
                case "imagelayer":
                    checkImage(where, file, child.getChildByName("image"), "image layer " + UserText.quote(child.getAttribute("name", "")));
                    break;
                default:
                    break;
            }
        }
    }

    private static MapObject readObject(String where, Element element) {
        MapObject object = new MapObject();
        object.id = TmxNumbers.whole(where + "object ", element, "id", 0);
        if (element.getAttribute("template", null) != null) {
            throw new LevelException(where + "object " + object.id + " uses a template (" + UserText.token(element.getAttribute("template"))
                    + "), which is not supported; select it and use Detach Template");
        }
        object.name = element.getAttribute("name", "");
        object.type = element.getAttribute("type", element.getAttribute("class", ""));
        object.x = number(object, element, "x");
        object.y = number(object, element, "y");
        object.width = number(object, element, "width");
        object.height = number(object, element, "height");
        if (number(object, element, "rotation") != 0f && object.geometryProblem == null) {
            object.geometryProblem = "rotated objects are not supported; set Rotation to 0";
        }
        Element polygon = element.getChildByName("polygon");
        Element polyline = element.getChildByName("polyline");
        if (element.getAttribute("gid", null) != null) {
            object.shape = ObjectShape.TILE;
        } else if (element.getChildByName("text") != null) {
            object.shape = ObjectShape.TEXT;
        } else if (element.getChildByName("point") != null) {
            object.shape = ObjectShape.POINT;
        } else if (element.getChildByName("ellipse") != null) {
            object.shape = ObjectShape.ELLIPSE;
        } else if (polygon != null || polyline != null) {
            object.shape = polygon != null ? ObjectShape.POLYGON : ObjectShape.POLYLINE;
            object.points = points(object, (polygon != null ? polygon : polyline).getAttribute("points", ""));
        }
        readProperties(element, object.properties, object.propertyTypes);
        return object;
    }

    /** Reads a geometry number; a bad one is noted on the object for the validator and read as 0. */
    private static float number(MapObject object, Element element, String attribute) {
        String text = element.getAttribute(attribute, null);
        if (text == null) {
            return 0f;
        }
        try {
            return TmxNumbers.parse("", attribute + " " + UserText.quote(text), text, -TmxNumbers.MAX_COORDINATE, TmxNumbers.MAX_COORDINATE);
        } catch (LevelException e) {
            if (object.geometryProblem == null) {
                object.geometryProblem = e.getMessage();
            }
            return 0f;
        }
    }

    private static float[] points(MapObject object, String text) {
        String[] pairs = text.trim().split("\\s+");
        float[] points = new float[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] xy = pairs[i].split(",");
            try {
                String what = "point " + UserText.quote(pairs[i]);
                if (xy.length != 2) {
                    throw new LevelException(what + " is not x,y");
                }
                points[i * 2] = TmxNumbers.parse("", what, xy[0], -TmxNumbers.MAX_COORDINATE, TmxNumbers.MAX_COORDINATE);
                points[i * 2 + 1] = TmxNumbers.parse("", what, xy[1], -TmxNumbers.MAX_COORDINATE, TmxNumbers.MAX_COORDINATE);
            } catch (LevelException e) {
                if (object.geometryProblem == null) {
                    object.geometryProblem = e.getMessage();
                }
            }
        }
        return points;
    }

    private static void readProperties(Element owner, ObjectMap<String, String> values, ObjectMap<String, String> types) {
        Element properties = owner.getChildByName("properties");
        if (properties == null) {
            return;
        }
        for (Element property : properties.getChildrenByName("property")) {
            String key = property.getAttribute("name", null);
            if (key == null) {
                continue;
            }
            String value = property.getAttribute("value", null);
            values.put(key, value != null ? value : property.getText() != null ? property.getText() : "");
            types.put(key, property.getAttribute("type", "string"));
        }
    }

    private static void checkImage(String where, FileHandle owner, Element image, String what) {
        String source = image == null ? null : image.getAttribute("source", null);
        if (source != null && !owner.parent().child(source).exists()) {
            throw new LevelException(where + what + " needs the image " + UserText.token(source) + ", which is missing");
        }
    }

    /**
     * Reads and parses a map ("file: what is wrong") or an external tileset ("map: external tileset 'x' is what
     * is wrong"): a regular file within the size limit, not gzip, sound in structure. No message quotes the
     * file's text.
     */
    /** Reads and parses a map or external tileset within the file limits; {@code map}: the subject is the map. */
    static Element parse(FileHandle file, String subject, boolean map) {
        String is = map ? subject + ": " : subject + " is ";
        String unreadable = map ? subject + ": not a readable Tiled map (" : subject + " is not readable (";
        byte[] bytes;
        try {
            bytes = SmallFiles.read(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new LevelException(map ? subject + ": no such level file"
                    : subject + " is missing; put it next to the map or embed the tileset (Tileset > Embed Tileset)");
        } catch (SmallFiles.Refused e) {
            throw new LevelException(is + e.getMessage() + (e.getMessage().startsWith("larger")
                    ? "; is it the " + (map ? "map" : "tileset") + " you meant?" : map ? "; name a .tmx file" : "; point it at a .tsx file"));
        } catch (IOException e) {
            throw new LevelException(unreadable + "it can't be read: " + e.getMessage() + ")");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b) {
            throw new LevelException(is + (map ? "the map is " : "") + "gzip-compressed; unpack it (gunzip) or save it from"
                    + " Tiled as " + (map ? ".tmx" : ".tsx"));
        }
        String xml = SmallFiles.utf8Lenient(bytes);
        String structure = XmlStructure.problem(xml, MAX_DEPTH);
        if (structure != null) {
            throw new LevelException(unreadable + structure + ")");
        }
        try {
            return new XmlReader().parse(xml);
        } catch (RuntimeException e) {
            // The parser's message quotes the text where it stopped; only its line is passed on.
            Matcher line = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
            throw new LevelException(unreadable + "not well-formed XML" + (line.find() ? " on line " + line.group(1) : "") + ")");
        }
    }
}
