namespace Bouwmarkt.Bot.Channels.Teams;

/// <summary>Draws the two icons a Teams app needs: a 192×192 colour icon and a 32×32 white-on-transparent outline icon.</summary>
/// <remarks>A plain speech bubble in the site colour, so the package works before a designer delivers real icons.</remarks>
public static class TeamsAppIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    /// <summary>The colour icon: a white speech bubble on <paramref name="rgb"/> (0xRRGGBB).</summary>
    public static byte[] Color(int rgb)
    {
        var pixels = new byte[ColorSize * ColorSize * 4];
        for (var y = 0; y < ColorSize; y++)
        {
            for (var x = 0; x < ColorSize; x++)
            {
                var white = InBubble((x + 0.5) / ColorSize, (y + 0.5) / ColorSize, 0);
                Set(pixels, ((y * ColorSize) + x) * 4, white ? 0xFFFFFF : rgb, 255);
            }
        }

        return PngEncoder.Encode(ColorSize, ColorSize, pixels);
    }

    /// <summary>The outline icon: the bubble's edge in white on a transparent background, as Teams requires.</summary>
    public static byte[] Outline()
    {
        var pixels = new byte[OutlineSize * OutlineSize * 4];
        const double stroke = 2.0 / OutlineSize;
        for (var y = 0; y < OutlineSize; y++)
        {
            for (var x = 0; x < OutlineSize; x++)
            {
                double u = (x + 0.5) / OutlineSize, v = (y + 0.5) / OutlineSize;
                var edge = InBubble(u, v, 0) && !InBubble(u, v, stroke);
                Set(pixels, ((y * OutlineSize) + x) * 4, 0xFFFFFF, edge ? (byte)255 : (byte)0);
            }
        }

        return PngEncoder.Encode(OutlineSize, OutlineSize, pixels);
    }

    /// <summary>True when (u, v), in the unit square, lies in the bubble shrunk by <paramref name="inset"/>: a rounded box with a tail.</summary>
    private static bool InBubble(double u, double v, double inset)
    {
        double left = 0.16 + inset, right = 0.84 - inset, top = 0.2 + inset, bottom = 0.68 - inset, radius = Math.Max(0.12 - inset, 0.01);
        var box = u >= left && u <= right && v >= top && v <= bottom
            && Corner(u, v, left, top, right, bottom, radius);
        // The tail: a triangle under the box's lower left part.
        var tail = v > bottom - 0.01 && v <= 0.84 - (inset * 2) && u >= 0.28 + inset && u <= 0.28 + inset + ((0.84 - (inset * 2) - v) * 1.1);
        return box || tail;
    }

    private static bool Corner(double u, double v, double left, double top, double right, double bottom, double radius)
    {
        var cx = u < left + radius ? left + radius : u > right - radius ? right - radius : u;
        var cy = v < top + radius ? top + radius : v > bottom - radius ? bottom - radius : v;
        return ((u - cx) * (u - cx)) + ((v - cy) * (v - cy)) <= radius * radius;
    }

    private static void Set(byte[] pixels, int at, int rgb, byte alpha)
    {
        pixels[at] = (byte)(rgb >> 16);
        pixels[at + 1] = (byte)(rgb >> 8);
        pixels[at + 2] = (byte)rgb;
        pixels[at + 3] = alpha;
    }
}
