using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Lbaas.Host.NetworkCatalog;

/// <summary>Knows which addresses of a subnet may be handed out: all but the network, broadcast (IPv4) and gateway addresses.</summary>
internal sealed class SubnetAddressRange
{
    private readonly bool _v6;
    private readonly UInt128 _first;
    private readonly UInt128 _last;
    private readonly UInt128? _gateway;

    public SubnetAddressRange(IPNetwork cidr, IPAddress? gateway)
    {
        Cidr = cidr;
        _v6 = cidr.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6;
        var bits = _v6 ? 128 : 32;
        var hostBits = bits - cidr.PrefixLength;
        var network = ToNumber(cidr.BaseAddress);
        var size = hostBits == 128 ? UInt128.MaxValue : (UInt128.One << hostBits) - 1;
        var last = network + size;
        if (hostBits <= 1)
        {
            // /31 and /32 (or /127, /128) have no network or broadcast address to spare.
            (_first, _last) = (network, last);
        }
        else
        {
            (_first, _last) = (network + 1, _v6 ? last : last - 1);
        }

        _gateway = gateway is null ? null : ToNumber(gateway);
        FirstUsable = ToAddress(_gateway == _first && _first < _last ? _first + 1 : _first);
        LastUsable = ToAddress(_gateway == _last && _first < _last ? _last - 1 : _last);
    }

    public IPNetwork Cidr { get; }

    /// <summary>Gets the first address handed out (Neutron's allocation pool start).</summary>
    public IPAddress FirstUsable { get; }

    /// <summary>Gets the last address handed out (Neutron's allocation pool end).</summary>
    public IPAddress LastUsable { get; }

    /// <summary>Tells whether an address may be allocated (inside the range, not the gateway).</summary>
    /// <param name="address">The address.</param>
    /// <returns><see langword="true"/> when allocatable.</returns>
    public bool IsAllocatable(IPAddress address)
    {
        if (address.AddressFamily != Cidr.BaseAddress.AddressFamily)
        {
            return false;
        }

        var value = ToNumber(address);
        return value >= _first && value <= _last && value != _gateway;
    }

    /// <summary>Finds the lowest allocatable address not in <paramref name="used"/>, at or above <paramref name="from"/>.</summary>
    /// <param name="used">The addresses taken, in canonical text form.</param>
    /// <param name="from">Where to start looking; every allocatable address below it must be in <paramref name="used"/>.</param>
    /// <returns>The address, or <see langword="null"/> when the subnet is full.</returns>
    public IPAddress? FindFree(IReadOnlySet<string> used, IPAddress? from = null)
    {
        var start = from is null ? _first : UInt128.Max(_first, ToNumber(from));
        // Checking used.Count + 2 candidates is enough: at most used.Count + 1 of them (the gateway) are unavailable.
        var budget = (UInt128)used.Count + 2;
        for (var value = start; value <= _last && budget > 0; value++, budget--)
        {
            if (value == _gateway)
            {
                budget++;
                continue;
            }

            var candidate = ToAddress(value);
            if (!used.Contains(candidate.ToString()))
            {
                return candidate;
            }

            if (value == _last)
            {
                break;
            }
        }

        return null;
    }

    private static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4
            ? BinaryPrimitives.ReadUInt32BigEndian(bytes)
            : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private IPAddress ToAddress(UInt128 value)
    {
        if (!_v6)
        {
            Span<byte> v4 = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(v4, (uint)value);
            return new IPAddress(v4);
        }

        Span<byte> v6 = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(v6, value);
        return new IPAddress(v6);
    }
}
