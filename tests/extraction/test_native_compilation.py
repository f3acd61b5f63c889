"""The extraction modules stay compilable with mypyc, and the marks that make them so change
nothing when they run interpreted.

``scripts/build_native.py`` compiles :data:`NATIVE_MODULES` with mypyc (opt-in; CI does not
build it).  mypyc refuses some Python that runs fine interpreted, and its errors only show in
a 15-minute build, so these tests check the source for the constructs that broke or would
break it: statements other than declarations in a class body (a class-body ``if
TYPE_CHECKING:``), a class with several bases that are not all traits (the relation coder
is one class of mixins: they must be ``@trait``), a generic dataclass that is not left a
Python class (mypyc/mypyc#827), and a starred item in a tuple tested for membership
(``w in ("any", *words)`` is an internal mypyc error).  Interpreted, the mixins' abstract
declarations must all be overridden, whatever the order of the coder's bases.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

from kg.extractors.native import mypyc_attr, trait
from kg.extractors.quotes import _Finder
from kg.extractors.relations import _Coder

ROOT = Path(__file__).resolve().parents[2]


def _build_native() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_native", ROOT / "scripts/build_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _native_modules() -> tuple[str, ...]:
    modules: tuple[str, ...] = _build_native().NATIVE_MODULES
    return modules


def _classes() -> list[tuple[str, ast.ClassDef]]:
    out = []
    for rel in _native_modules():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        out.extend((rel, node) for node in ast.walk(tree) if isinstance(node, ast.ClassDef))
    return out


def _decorator_names(cls: ast.ClassDef) -> set[str]:
    names = set()
    for d in cls.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        if isinstance(target, ast.Name):
            names.add(target.id)
        elif isinstance(target, ast.Attribute):
            names.add(target.attr)
    return names


def _is_generic(base: ast.expr) -> bool:
    return isinstance(base, ast.Subscript) and ast.unparse(base.value) in ("Generic", "Protocol")


def test_the_relation_coder_and_its_mixins_are_compiled() -> None:
    modules = set(_native_modules())
    for name in (
        "relations",
        "coder/stances",
        "coder/meetings",
        "coder/event_dates",
        "coder/base",
        "coding",
        "speakers_ar",
        "lexicon",
        "quotes",
    ):
        assert f"kg/extractors/{name}.py" in modules
    coder = {
        f"kg/extractors/coder/{path.name}"
        for path in (ROOT / "kg/extractors/coder").glob("*.py")
        if path.name != "__init__.py"
    }
    assert coder and coder <= modules  # each family of the coder's rules
    assert all((ROOT / rel).is_file() for rel in modules)


def test_the_statement_finder_is_one_stack_of_compiled_families() -> None:
    # every module of kg/extractors/statements/ is compiled, and the finder is a stack of
    # plain classes (one base each, down to SpeakersAr) holding each family of its rules
    modules = set(_native_modules())
    package = [p for p in (ROOT / "kg/extractors/statements").glob("*.py") if p.stem != "__init__"]
    assert package and {f"kg/extractors/statements/{p.name}" for p in package} <= modules
    stack = [c for c in _Finder.__mro__ if c.__module__.startswith("kg.extractors")]
    assert all(len(c.__bases__) == 1 for c in stack)
    assert stack[-1].__name__ == "SpeakersAr"
    families = {c.__module__ for c in stack}
    records = ("statement", "marks", "words", "claims")
    assert {f"kg.extractors.statements.{p.stem}" for p in package if p.stem not in records} <= (
        families
    )


def test_the_modules_of_the_time_expressions_are_compiled() -> None:
    modules = set(_native_modules())
    package = [p for p in (ROOT / "kg/extractors/times").glob("*.py") if p.stem != "__init__"]
    assert package and {f"kg/extractors/times/{p.name}" for p in package} <= modules


def test_the_rule_families_of_the_coder_are_one_stack_of_traits() -> None:
    # every class of kg/extractors/coder/ but the relation record is a trait, and the coder
    # has one base, the top of the stack, whose ancestors hold every family
    bad = []
    for rel, cls in _classes():
        in_coder = rel.startswith("kg/extractors/coder/") and cls.name != "Rel"
        if in_coder and "trait" not in _decorator_names(cls):
            bad.append(f"{rel}: {cls.name}")
    assert bad == []
    assert len(_Coder.__bases__) == 1
    families = {c.__module__ for c in _Coder.__mro__ if c.__module__.startswith("kg.extractors")}
    coder = {
        f"kg.extractors.coder.{path.stem}"
        for path in (ROOT / "kg/extractors/coder").glob("*.py")
        if path.stem not in ("__init__", "relation", "words", "base")
    }
    assert coder <= families


def test_class_bodies_of_compiled_modules_hold_only_declarations() -> None:
    allowed = (ast.FunctionDef, ast.AsyncFunctionDef, ast.AnnAssign, ast.Pass)
    bad = []
    for rel, cls in _classes():
        for stmt in cls.body:
            if isinstance(stmt, allowed):
                continue
            if isinstance(stmt, ast.Assign) and [type(t) for t in stmt.targets] == [ast.Name]:
                continue
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue  # a docstring or ``...``
            bad.append(f"{rel}:{stmt.lineno} {type(stmt).__name__} in class {cls.name}")
    assert bad == []


def test_classes_with_several_bases_inherit_only_traits() -> None:
    classes = _classes()
    traits = {cls.name for _, cls in classes if "trait" in _decorator_names(cls)}
    assert {"CoderBase", "EventDates", "Stances", "Meetings"} <= traits
    bad = []
    for rel, cls in classes:
        bases = [ast.unparse(b) for b in cls.bases if not _is_generic(b)]
        if cls.name in traits:
            bad.extend(f"{rel}: trait {cls.name} on {b}" for b in bases if b not in traits)
        elif len(bases) > 1:
            bad.extend(f"{rel}: {cls.name} on {b}" for b in bases[1:] if b not in traits)
    assert bad == []


def test_generic_dataclasses_stay_python_classes() -> None:
    bad = []
    for rel, cls in _classes():
        names = _decorator_names(cls)
        if "dataclass" in names and any(_is_generic(b) for b in cls.bases):
            marked = any(
                isinstance(d, ast.Call)
                and ast.unparse(d.func) == "mypyc_attr"
                and any(
                    k.arg == "native_class"
                    and isinstance(k.value, ast.Constant)
                    and k.value.value is False
                    for k in d.keywords
                )
                for d in cls.decorator_list
            )
            if not marked:
                bad.append(f"{rel}: {cls.name}")
    assert bad == []


def _allows_interpreted_subclasses(cls: ast.ClassDef) -> bool:
    return any(
        isinstance(d, ast.Call)
        and ast.unparse(d.func) == "mypyc_attr"
        and any(
            k.arg in ("allow_interpreted_subclasses", "native_class")
            and isinstance(k.value, ast.Constant)
            and k.value.value is (k.arg == "allow_interpreted_subclasses")
            for k in d.keywords
        )
        for d in cls.decorator_list
    )


def test_compiled_classes_that_interpreted_modules_subclass_allow_it() -> None:
    """A compiled class refuses interpreted subclasses at run time ("interpreted classes
    cannot inherit from compiled"): the back-off's ``BackoffRel(Rel)`` then failed in every
    compiled build, and the back-off (which never raises) silently emitted nothing."""
    native = set(_native_modules())
    compiled = {cls.name: (rel, cls) for rel, cls in _classes()}
    bad = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in native:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            for base in node.bases:
                name = ast.unparse(base).rsplit(".", 1)[-1]
                if name in compiled and not _allows_interpreted_subclasses(compiled[name][1]):
                    bad.append(f"{rel}: {node.name}({name}) of {compiled[name][0]}")
    assert bad == []


def test_no_starred_item_in_a_tuple_tested_for_membership() -> None:
    bad = []
    for rel in _native_modules():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            for op, right in zip(node.ops, node.comparators, strict=True):
                if (
                    isinstance(op, ast.In | ast.NotIn)
                    and isinstance(right, ast.Tuple | ast.List)
                    and any(isinstance(e, ast.Starred) for e in right.elts)
                ):
                    bad.append(f"{rel}:{node.lineno}")
    assert bad == []


def test_every_abstract_declaration_of_a_mixin_is_overridden() -> None:
    for concrete in (_Coder, _Finder):
        left = sorted(
            name
            for name in dir(concrete)
            if getattr(getattr(concrete, name, None), "__isabstractmethod__", False)
        )
        assert left == [], f"{concrete.__name__} inherits abstract stubs {left}"


def test_mypyc_marks_return_the_class_unchanged_when_interpreted() -> None:
    class Plain:
        pass

    assert trait(Plain) is Plain
    assert mypyc_attr(native_class=False)(Plain) is Plain


def test_the_build_directory_links_the_data_kg_reads_beside_it(tmp_path: Path) -> None:
    module = _build_native()
    module.link_data(tmp_path)
    module.link_data(tmp_path)  # again: the links are replaced, not duplicated
    assert (tmp_path / "ontology" / "shapes.ttl").is_file()
    assert (tmp_path / "examples" / "articles").is_dir()
