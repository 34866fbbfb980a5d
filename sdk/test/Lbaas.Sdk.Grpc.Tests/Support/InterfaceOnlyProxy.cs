using System.Reflection;

namespace Lbaas.Sdk.Grpc.Tests.Support;

/// <summary>Exposes an object through one interface only, hiding the optional interfaces it also implements.</summary>
public class InterfaceOnlyProxy : DispatchProxy
{
    private object _target = null!;

    public static T Wrap<T>(T target)
        where T : class
    {
        var proxy = Create<T, InterfaceOnlyProxy>();
        ((InterfaceOnlyProxy)(object)proxy)._target = target;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Invoke(_target, args);
}
