using System.Linq.Expressions;
using System.Reflection;

namespace KpiActors.Silo.Runtime;

/// <summary>
/// Turns a call on a grain reference into a message for the grain's mailbox and hands the caller a task
/// of the method's own return type. Built once per interface method, with a compiled invoker.
/// </summary>
internal abstract class GrainMethod
{
    public abstract object Send(SiloRuntime runtime, GrainId target, object?[] arguments);

    public static void Validate(MethodInfo method)
    {
        var returnType = method.ReturnType;
        var supported = returnType == typeof(Task) || returnType == typeof(ValueTask) ||
            (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) ||
                                          returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)));
        if (!supported || method.IsGenericMethodDefinition)
        {
            throw new InvalidOperationException(
                $"{method.DeclaringType}.{method.Name} returns {returnType.Name}: grain methods are non-generic and return Task, Task<T>, ValueTask or ValueTask<T>.");
        }
    }

    public static GrainMethod Create(MethodInfo method)
    {
        Validate(method);
        var invoke = Compile(method);
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return new TaskMethod(invoke);
        }

        if (returnType == typeof(ValueTask))
        {
            return new ValueTaskMethod(invoke);
        }

        var result = returnType.GenericTypeArguments[0];
        var shape = returnType.GetGenericTypeDefinition() == typeof(Task<>) ? typeof(TaskMethod<>) : typeof(ValueTaskMethod<>);
        return (GrainMethod)Activator.CreateInstance(shape.MakeGenericType(result), invoke)!;
    }

    /// <summary>(grain, arguments) => ((IGrainInterface)grain).Method((T0)arguments[0], ...)</summary>
    private static Func<object, object?[], object> Compile(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters().Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        return Expression.Lambda<Func<object, object?[], object>>(Expression.Convert(call, typeof(object)), grain, arguments).Compile();
    }

    private sealed class TaskMethod(Func<object, object?[], object> invoke) : GrainMethod
    {
        public override object Send(SiloRuntime runtime, GrainId target, object?[] arguments)
        {
            var request = new Request<bool>(async grain =>
            {
                await (Task)invoke(grain, arguments);
                return true;
            });
            runtime.Send(target, request);
            return request.Completion;
        }
    }

    private sealed class ValueTaskMethod(Func<object, object?[], object> invoke) : GrainMethod
    {
        public override object Send(SiloRuntime runtime, GrainId target, object?[] arguments)
        {
            var request = new Request<bool>(async grain =>
            {
                await (ValueTask)invoke(grain, arguments);
                return true;
            });
            runtime.Send(target, request);
            return new ValueTask(request.Completion);
        }
    }

    private sealed class TaskMethod<T>(Func<object, object?[], object> invoke) : GrainMethod
    {
        public override object Send(SiloRuntime runtime, GrainId target, object?[] arguments)
        {
            var request = new Request<T>(grain => (Task<T>)invoke(grain, arguments));
            runtime.Send(target, request);
            return request.Completion;
        }
    }

    private sealed class ValueTaskMethod<T>(Func<object, object?[], object> invoke) : GrainMethod
    {
        public override object Send(SiloRuntime runtime, GrainId target, object?[] arguments)
        {
            var request = new Request<T>(grain => ((ValueTask<T>)invoke(grain, arguments)).AsTask());
            runtime.Send(target, request);
            return new ValueTask<T>(request.Completion);
        }
    }
}
