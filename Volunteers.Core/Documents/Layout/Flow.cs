using PdfSharp.Drawing;

namespace Volunteers.Core.Documents.Layout;

/// <summary>A piece of a page that flows down: its height and how to draw it at a given top.</summary>
public sealed record Block(double Height, Action<XGraphics, double> Draw)
{
    /// <summary>Never left alone at the bottom of a page: a heading moves on with what follows it.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Drawn first when this block has to begin a new page, e.g. a table's header row.</summary>
    public Block? RepeatedHeader { get; init; }
}

public sealed record Placed(Block Block, double Top);

/// <summary>Lays blocks out onto pages before anything is drawn, so the page count is known for every footer.</summary>
public static class Flow
{
    public static IReadOnlyList<IReadOnlyList<Placed>> Paginate(IReadOnlyList<Block> blocks, double top, double bottom)
    {
        var pages = new List<List<Placed>> { new() };
        var y = top;
        var hasContent = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (hasContent && y + KeptHeight(blocks, i) > bottom)
            {
                pages.Add([]);
                y = top;
                hasContent = false;
                if (block.RepeatedHeader is { } header)
                {
                    pages[^1].Add(new Placed(header, y));
                    y += header.Height;
                }
            }
            pages[^1].Add(new Placed(block, y));
            y += block.Height;
            hasContent = true;
        }
        return pages;
    }

    /// <summary>The height of a block together with the blocks it must stay with.</summary>
    private static double KeptHeight(IReadOnlyList<Block> blocks, int i)
    {
        var height = blocks[i].Height;
        while (blocks[i].KeepWithNext && i + 1 < blocks.Count) height += blocks[++i].Height;
        return height;
    }
}
