using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace Bouwmarkt.Bot.Knowledge.Recognition.Learned;

/// <summary>The bytes of a model in its binary form (<see cref="LearnedModelBinary"/>): the file itself, mapped into
/// memory, or an array for a model just trained or read from JSON. The model reads its numbers and names straight from
/// here; nothing is copied out.</summary>
/// <remarks>
/// <para>Why mapped: reading the shipped model's 10 MB into arrays and its 71,000 feature names into a dictionary cost
/// a start about 300 ms of CPU on two cores, most of it touching fresh memory. Mapped, the start touches only the
/// pages it reads (the checks in <see cref="LearnedModelBinary"/> and the features of the first messages); the rest
/// comes from the file cache when a message needs it.</para>
/// <para>The mapping is released when the image is no longer reachable (the view's own finalizer), so a method that
/// reads spans over it keeps its model alive to its end (<see cref="GC.KeepAlive"/>). The file stays open for reading
/// with <see cref="FileShare.Read"/>, so another .NET process (a build copying a new model over it) gets a clear "in
/// use" error instead of changing the pages under the host.</para>
/// </remarks>
internal sealed unsafe class LearnedModelImage
{
    private readonly byte[]? _bytes;
    private readonly byte* _pointer;
    private readonly int _length;
#pragma warning disable IDE0052 // Kept so the file stays open (locked against writers) and mapped while the image lives.
    private readonly FileStream? _file;
    private readonly MemoryMappedViewAccessor? _view;
#pragma warning restore IDE0052

    public LearnedModelImage(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        _bytes = bytes;
        _length = bytes.Length;
    }

    private LearnedModelImage(FileStream file, MemoryMappedViewAccessor view, byte* pointer, int length)
    {
        _file = file;
        _view = view;
        _pointer = pointer;
        _length = length;
    }

    /// <summary>Maps <paramref name="path"/> read-only.</summary>
    /// <exception cref="InvalidDataException">The file is empty or larger than 2 GB.</exception>
    public static LearnedModelImage Map(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.RandomAccess);
        try
        {
            if (file.Length is 0 or > int.MaxValue)
            {
                throw new InvalidDataException($"it is {file.Length} bytes long.");
            }

            var length = (int)file.Length;
            using var map = MemoryMappedFile.CreateFromFile(file, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            // Not acquired (which would keep the view mapped for ever): the image keeps the view alive instead.
            var pointer = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
            return new LearnedModelImage(file, view, pointer, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public int Length => _length;

    public ReadOnlySpan<byte> Bytes => _bytes is not null ? _bytes : new ReadOnlySpan<byte>(_pointer, _length);

    /// <summary>One section's elements.</summary>
    public ReadOnlySpan<T> Read<T>(LearnedModelSection section)
        where T : unmanaged => MemoryMarshal.Cast<byte, T>(Bytes.Slice(section.Offset, section.Length));
}

/// <summary>Where a section of <see cref="LearnedModelImage"/> lies: its first byte and its length in bytes.</summary>
internal readonly record struct LearnedModelSection(int Offset, int Length);
