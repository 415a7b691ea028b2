import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 2162:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ cacheOutputs)
/* harmony export */ });
/* unused harmony export OUTPUT_SPECS */
const OUTPUT_SPECS = [
    { name: 'result', description: 'Overall result: success, failure or cancelled.' },
    {
        name: 'failed-stages',
        description: 'Comma-separated names of the stages that failed or were cancelled (empty when none).',
    },
    {
        name: 'report',
        description: 'Path of the JSON report of the whole run (every stage, finding, output and phase time).',
    },
    {
        name: 'test-counts',
        description: 'Test results as JSON: passed, failed, ignored totals and one entry per matrix cell (toolchain, features, status, counts, ms).',
    },
    {
        name: 'matrix',
        description: 'mode: plan: the job matrix as JSON ({"include": [...]}, one entry per cell: name, os, toolchain, features, partition, cacheWriter) for strategy.matrix through the expression fromJSON(needs.plan.outputs.matrix).',
    },
    {
        name: 'cache-hit',
        description: "'true' when the shared cache has the exact key (restored, or already in the target dir of a runner that keeps its workspace), 'false' otherwise (a partial hit included), as actions/cache and rust-cache set it.",
    },
    { name: 'cache-match', description: 'How the shared cache was restored: exact, partial (a restore key) or none.' },
    { name: 'cache-key', description: 'The primary cache key of this run.' },
    { name: 'coverage', description: 'Line coverage in percent, e.g. 83.45.' },
    { name: 'coverage-xml', description: 'Path of the Cobertura XML coverage report.' },
    { name: 'coverage-lcov', description: 'Path of the lcov coverage report.' },
    { name: 'coverage-json', description: 'Path of the JSON coverage report.' },
    {
        name: 'vulnerabilities',
        description: 'Number of vulnerabilities cargo-audit found (ignored advisories excluded).',
    },
    { name: 'binary-path', description: 'Path of the built binary.' },
    { name: 'binary-size', description: 'Size of the built binary in bytes.' },
    {
        name: 'sbom',
        description: 'Path of the CycloneDX 1.5 SBOM (JSON) of the built binary: the crates linked into it, with their licenses and checksums.',
    },
    {
        name: 'static',
        description: 'Whether the built binary is statically linked: true or false; empty when the binary is not ELF (static checking does not apply).',
    },
    {
        name: 'archives',
        description: 'The release archives, as JSON: [{"target", "path", "sha256", "size"}] in the order of targets; empty when nothing was archived.',
    },
    {
        name: 'checksums',
        description: 'Path of SHA256SUMS, which lists every release archive; empty when none was made.',
    },
    { name: 'image-tags', description: 'Image references built, one per line (name:tag).' },
    { name: 'release-url', description: 'Web address of the GitHub Release published to; empty when none was.' },
    {
        name: 'release-assets',
        description: 'The assets of this run on the GitHub Release as JSON: name, size and state (uploaded, replaced, unchanged, failed, not attempted).',
    },
    {
        name: 'release-dir',
        description: "A release matrix's cell: the folder holding its JSON report with its archives beside it, to upload whole for mode: merge.",
    },
    {
        name: 'image-digest',
        description: 'Digest of the pushed image (sha256:…): of the manifest list when several platforms were built; empty when nothing was pushed.',
    },
    {
        name: 'image-platforms',
        description: 'Platforms of the image, comma-separated (e.g. linux/amd64,linux/arm64); empty when no image was built.',
    },
];
/**
 * The cache outputs of a restore: cache-hit with the ecosystem's meaning ('true' only for an exact
 * hit), cache-match with the three-way detail.
 */
function cacheOutputs(match, key) {
    return { 'cache-hit': match === 'exact' ? 'true' : 'false', 'cache-match': match, 'cache-key': key };
}


/***/ }),

/***/ 8749:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ firstRows),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fE: () => (/* binding */ toText),
/* harmony export */   zo: () => (/* binding */ codeLines)
/* harmony export */ });
/* unused harmony exports GITHUB_SUMMARY_LIMIT_BYTES, SUMMARY_BUDGET_BYTES, MAX_TABLE_ROWS, DETAILS_BUDGET_BYTES, TEXT_BUDGET_BYTES, escapeCell, escapeHtml, bounded, toMarkdown, plainText */
/** GitHub drops a step summary larger than this whole (1024 KiB per step). */
const GITHUB_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** What our summary may take: the rest of the step's 1 MiB is left for the cache block written beside it. */
const SUMMARY_BUDGET_BYTES = (/* unused pure expression or super */ null && (900 * 1024));
/** Each block's share: rows of a table, bytes of a collapsed body, bytes of a paragraph. */
const MAX_TABLE_ROWS = 200;
const DETAILS_BUDGET_BYTES = (/* unused pure expression or super */ null && (128 * 1024));
const TEXT_BUDGET_BYTES = (/* unused pure expression or super */ null && (16 * 1024));
const SEE_REPORT = '(see the JSON report)';
/** A table cell stays one cell of one row (our own markup in it is kept: see escapeText for text from outside). */
function escapeCell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Text from the repository (a test name, a file name, a message) made inert wherever it goes, table
 * cells included: no backtick, `<`, `|`, `*`, `_`, `[` or line break of its own survives as markup.
 */
function escapeText(s) {
    return escapeHtml(s)
        .replace(/[`|*_[\]\\]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/\r?\n/g, ' ');
}
/** Text from the repository as inline code, inert (see escapeText). */
function code(s) {
    return `<code>${escapeText(s)}</code>`;
}
/**
 * Text from the repository (a panic message, a lint message) as a few lines of inline code inside one table cell:
 * its first `maxLines` non-empty lines, each cut to `maxChars` and inert, joined by `<br>` (a cell stays one row).
 */
function codeLines(s, maxLines = 4, maxChars = 160) {
    const lines = s.split(/\r?\n/).filter((l) => l.trim() !== '');
    const cut = (l) => (l.length > maxChars ? `${l.slice(0, maxChars)}…` : l);
    const shown = lines.slice(0, maxLines).map((l) => code(cut(l.trimEnd())));
    if (lines.length > maxLines)
        shown.push(`… ${lines.length - maxLines} more lines`);
    return shown.join('<br>');
}
/** The first `max` rows of a table, then one row saying how many more there are and where to find them. */
function firstRows(rows, max, where = SEE_REPORT) {
    if (rows.length <= max)
        return [...rows];
    const width = rows[0].length;
    return [...rows.slice(0, max), [`… ${rows.length - max} more ${where}`, ...Array(width - 1).fill('')]];
}
/** The first bytes of `s` that fit in `max` (cut at a line end when one is near), and how many lines were left out. */
function cutText(s, max) {
    if (Buffer.byteLength(s) <= max)
        return { text: s, linesLeft: 0 };
    let head = Buffer.from(s)
        .subarray(0, max)
        .toString('utf8')
        .replace(/\uFFFD+$/, '');
    const nl = head.lastIndexOf('\n');
    if (nl > max / 2)
        head = head.slice(0, nl);
    const linesLeft = s.slice(head.length).split('\n').length - (s.endsWith('\n') ? 1 : 0);
    return { text: head, linesLeft: Math.max(linesLeft, 1) };
}
/** A block cut to its budget, with what was left out said where it was. */
function bounded(b) {
    switch (b.kind) {
        case 'table':
            if (b.rows.length <= MAX_TABLE_ROWS)
                return b;
            return {
                ...b,
                rows: [
                    ...b.rows.slice(0, MAX_TABLE_ROWS),
                    [`… ${b.rows.length - MAX_TABLE_ROWS} more ${SEE_REPORT}`, ...b.header.slice(1).map(() => '')],
                ],
            };
        case 'details': {
            const { text, linesLeft } = cutText(b.body, DETAILS_BUDGET_BYTES);
            return linesLeft ? { ...b, body: `${text}\n… ${linesLeft} more lines ${SEE_REPORT}` } : b;
        }
        case 'text': {
            const { text, linesLeft } = cutText(b.text, TEXT_BUDGET_BYTES);
            return linesLeft ? { ...b, text: `${text} … ${SEE_REPORT}` } : b;
        }
        default:
            return b;
    }
}
/**
 * The job summary: each block cut to its budget, and blocks past the whole budget left out (with a
 * note), so the summary stays under GitHub's limit and its first blocks (the verdict) always show.
 */
function toMarkdown(blocks, budget = SUMMARY_BUDGET_BYTES) {
    const parts = [];
    let used = 0;
    for (const [i, b] of blocks.entries()) {
        const md = blockMarkdown(bounded(b));
        const size = Buffer.byteLength(md) + 1;
        if (used + size > budget - 256) {
            parts.push(`… ${blocks.length - i} more parts of this summary left out to stay under GitHub's 1 MiB ${SEE_REPORT}.\n`);
            break;
        }
        parts.push(md);
        used += size;
    }
    return parts.join('\n');
}
/** The longest run of backticks in `s`. */
function longestBacktickRun(s) {
    return Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
}
function blockMarkdown(b) {
    const out = [];
    {
        switch (b.kind) {
            case 'heading':
                out.push(`${'#'.repeat(b.level ?? 3)} ${b.text}\n`);
                break;
            case 'text':
                out.push(`${b.text}\n`);
                break;
            case 'table': {
                const align = b.header.map((_, i) => (b.align?.[i] === 'right' ? '---:' : ':---'));
                out.push(`| ${b.header.map(escapeCell).join(' | ')} |`);
                out.push(`| ${align.join(' | ')} |`);
                for (const row of b.rows)
                    out.push(`| ${row.map(escapeCell).join(' | ')} |`);
                out.push('');
                break;
            }
            case 'details': {
                const fence = '`'.repeat(Math.max(3, longestBacktickRun(b.body) + 1));
                out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${fence}${b.lang ?? ''}\n${b.body.replace(/\n$/, '')}\n${fence}\n\n</details>\n`);
                break;
            }
            case 'mermaid':
                out.push(`\`\`\`mermaid\n${b.body.replace(/\n$/, '')}\n\`\`\`\n`);
                break;
            case 'fold':
                out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${toMarkdown(b.blocks)}\n</details>\n`);
                break;
            case 'facts':
                out.push(...b.rows.map(([k, v]) => `- **${k}:** ${v.replace(/\r?\n/g, ' ')}`), '');
                break;
        }
    }
    return out.join('\n');
}
/** Our inline markup read as plain text: code spans, line breaks and the entities escapeText made. */
function plainText(s) {
    return s
        .replace(/<br>/g, ' / ')
        .replace(/<\/?code>/g, '')
        .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
/** Plain text for a terminal: tables padded into columns. */
function toText(blocks) {
    const out = [];
    for (const b of blocks) {
        switch (b.kind) {
            case 'heading':
                out.push('', b.text, '-'.repeat(Math.min(b.text.length, 72)));
                break;
            case 'text':
                out.push(plainText(b.text.replace(/\*\*|`/g, '')));
                break;
            case 'table': {
                const all = [b.header, ...b.rows.map((r) => r.map(plainText))];
                const widths = b.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
                const fmt = (r) => r
                    .map((c, i) => (b.align?.[i] === 'right' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
                    .join('  ')
                    .trimEnd();
                out.push(fmt(b.header), widths.map((w) => '-'.repeat(w)).join('  '));
                for (const r of all.slice(1))
                    out.push(fmt(r));
                break;
            }
            case 'fold':
                out.push(toText(b.blocks));
                break;
            case 'facts': {
                const width = Math.max(...b.rows.map(([k]) => k.length));
                out.push(...b.rows.map(([k, v]) => `${`${k}:`.padEnd(width + 1)}  ${plainText(v.replace(/`/g, ''))}`));
                break;
            }
            case 'details':
                out.push(`${b.summary}:`, ...b.body
                    .replace(/\n$/, '')
                    .split('\n')
                    .map((l) => `  ${l}`));
                break;
        }
    }
    return out.join('\n');
}


/***/ }),

/***/ 5771:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ cacheOffStep),
/* harmony export */   l: () => (/* binding */ cacheOffResult)
/* harmony export */ });
/* harmony import */ var _action_outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2162);

/** What a run with the cache off reports; `how` names the setting that turned it off, as the user wrote it. */
function cacheOffResult(how) {
    return {
        outputs: (0,_action_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .cacheOutputs */ .v)('none', ''),
        blocks: [{ kind: 'text', text: `**Cache:** off (${how}).` }],
        data: { enabled: false },
    };
}
function cacheOffStep(how) {
    return { name: 'cache restore', run: async () => cacheOffResult(how) };
}


/***/ }),

/***/ 6314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Le: () => (/* binding */ advisoryUrl),
/* harmony export */   y1: () => (/* binding */ auditFindings)
/* harmony export */ });
/* unused harmony export findingText */
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7823);

function advisoryUrl(id) {
    return `https://rustsec.org/advisories/${id}`;
}
function findingText(f) {
    const lines = [`${f.package} ${f.version}: ${f.title}`];
    lines.push(`Kind: ${f.kind}`);
    if (f.severity)
        lines.push(`Severity: ${f.severity}`);
    lines.push(`Patched versions: ${f.patched.length ? f.patched.join('; ') : 'none (no fixed release)'}`);
    if (f.aliases.length)
        lines.push(`Aliases: ${f.aliases.join(', ')}`);
    if (f.id?.startsWith('RUSTSEC-'))
        lines.push(advisoryUrl(f.id));
    if (f.url)
        lines.push(`Reference: ${f.url}`);
    return lines.join('\n');
}
function auditFindings(report, lockText, lockPath, denyWarnings) {
    const lines = (0,_audit_js__WEBPACK_IMPORTED_MODULE_0__/* .lockfileLines */ .Lu)(lockText);
    const one = (f, level) => {
        const line = lines.get(`${f.package}@${f.version}`);
        return {
            level,
            title: `${f.id ?? f.kind}: ${f.package} ${f.version}${f.kind === 'vulnerability' ? '' : ` (${f.kind})`}`,
            message: findingText(f),
            ...(lockPath && line ? { file: lockPath, line } : {}),
        };
    };
    return [
        ...report.vulnerabilities.map((f) => one(f, 'error')),
        ...report.warnings.map((f) => one(f, denyWarnings ? 'error' : 'warning')),
    ];
}


/***/ }),

/***/ 7823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FA: () => (/* binding */ parseAuditJson),
/* harmony export */   Lu: () => (/* binding */ lockfileLines),
/* harmony export */   i0: () => (/* binding */ auditBinArgs),
/* harmony export */   vN: () => (/* binding */ auditArgs)
/* harmony export */ });
/* unused harmony export cvssSeverity */
// cargo-audit: the command line (a pure builder), the parser of `--json` output, CVSS v3
// severities, and where each package sits in Cargo.lock.
function auditArgs(o) {
    const args = [o.subcommand, '--json', '--db', o.db, '--file', o.lockfile];
    if (!o.fetch)
        args.push('--no-fetch');
    for (const id of o.ignore)
        args.push('--ignore', id);
    return args;
}
/** `cargo audit bin`: the dependency list cargo-auditable embedded in a built binary. */
function auditBinArgs(o) {
    const args = [o.subcommand, '--json', '--db', o.db];
    if (!o.fetch)
        args.push('--no-fetch');
    for (const id of o.ignore)
        args.push('--ignore', id);
    return [...args, 'bin', o.binary];
}
function toFinding(kind, e) {
    const a = e.advisory ?? undefined;
    const sev = a?.cvss ? cvssSeverity(a.cvss) : undefined;
    const id = a?.id;
    return {
        kind,
        ...(id ? { id } : {}),
        package: e.package?.name ?? '?',
        version: e.package?.version ?? '?',
        title: a?.title ?? (kind === 'yanked' ? 'this version was yanked from crates.io' : kind),
        ...(sev ? { severity: `${sev.rating} (${sev.score.toFixed(1)})`, score: sev.score } : {}),
        patched: e.versions?.patched ?? [],
        aliases: a?.aliases ?? [],
        ...(a?.url ? { url: a.url } : {}),
        ...(a?.date ? { date: a.date } : {}),
    };
}
/** Parses `cargo audit --json` output. Throws when it is not that JSON. */
function parseAuditJson(text) {
    const start = text.indexOf('{');
    if (start < 0)
        throw new Error('cargo audit printed no JSON report');
    const doc = JSON.parse(text.slice(start));
    if (!doc.vulnerabilities)
        throw new Error('not a cargo audit JSON report: no "vulnerabilities"');
    const vulnerabilities = (doc.vulnerabilities.list ?? []).map((e) => toFinding('vulnerability', e));
    const warnings = [];
    for (const [kind, entries] of Object.entries(doc.warnings ?? {})) {
        for (const e of entries ?? [])
            warnings.push(toFinding(e.kind ?? kind, e));
    }
    return {
        advisoryCount: doc.database?.['advisory-count'],
        dependencyCount: doc.lockfile?.['dependency-count'],
        vulnerabilities,
        warnings,
    };
}
// CVSS v3.x base score (FIRST specification, section 7.1).
const W = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    CIA: { H: 0.56, L: 0.22, N: 0 },
};
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/** Base score and rating of a CVSS:3.x vector; undefined for anything else (e.g. CVSS 4.0). */
function cvssSeverity(vector) {
    const m = /^CVSS:3\.[01]\/(.*)$/.exec(vector.trim());
    if (!m)
        return undefined;
    const v = {};
    for (const part of m[1].split('/')) {
        const [k, val] = part.split(':');
        if (k && val)
            v[k] = val;
    }
    const av = W.AV[v.AV];
    const ac = W.AC[v.AC];
    const ui = W.UI[v.UI];
    const scope = v.S;
    const c = W.CIA[v.C];
    const i = W.CIA[v.I];
    const a = W.CIA[v.A];
    const prRaw = v.PR;
    if ([av, ac, ui, c, i, a].some((x) => x === undefined) ||
        (scope !== 'U' && scope !== 'C') ||
        !['N', 'L', 'H'].includes(prRaw ?? ''))
        return undefined;
    const changed = scope === 'C';
    const pr = prRaw === 'N' ? 0.85 : prRaw === 'L' ? (changed ? 0.68 : 0.62) : changed ? 0.5 : 0.27;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    const exploitability = 8.22 * av * ac * pr * ui;
    const score = impact <= 0
        ? 0
        : changed
            ? roundUp(Math.min(1.08 * (impact + exploitability), 10))
            : roundUp(Math.min(impact + exploitability, 10));
    const rating = score === 0 ? 'none' : score < 4 ? 'low' : score < 7 ? 'medium' : score < 9 ? 'high' : 'critical';
    return { score, rating };
}
/**
 * Line numbers (1-based) of each package's `name = "…"` line in a Cargo.lock, keyed by
 * `name@version`, so that the right entry is found when a crate is locked at several versions.
 */
function lockfileLines(text) {
    const out = new Map();
    const lines = text.split(/\r?\n/);
    let name;
    let nameLine = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '[[package]]') {
            name = undefined;
            continue;
        }
        const n = /^name\s*=\s*"([^"]+)"/.exec(line);
        if (n) {
            name = n[1];
            nameLine = i + 1;
            continue;
        }
        const v = /^version\s*=\s*"([^"]+)"/.exec(line);
        if (v && name !== undefined) {
            const key = `${name}@${v[1]}`;
            if (!out.has(key))
                out.set(key, nameLine);
            name = undefined;
        }
    }
    return out;
}


/***/ }),

/***/ 4212:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ toolchainEnv),
/* harmony export */   Pp: () => (/* binding */ fmtCommand),
/* harmony export */   Qc: () => (/* binding */ docTestCommand),
/* harmony export */   SG: () => (/* binding */ reportingUnits),
/* harmony export */   dy: () => (/* binding */ clippyCommand),
/* harmony export */   ed: () => (/* binding */ testCommand),
/* harmony export */   vf: () => (/* binding */ nextestCommand)
/* harmony export */ });
/** Before the `--` that starts arguments for the test binaries, if any. */
function beforeSeparator(args, add) {
    const sep = args.indexOf('--');
    return sep < 0 ? [...args, add] : [...args.slice(0, sep), add, ...args.slice(sep)];
}
/**
 * The command with cargo's JSON messages on stdout (diagnostics still rendered as text on stderr),
 * so that the units it builds are known; a command already given a --message-format is left as it is.
 */
function reportingUnits(cmd) {
    const sep = cmd.args.indexOf('--');
    const own = (sep < 0 ? cmd.args : cmd.args.slice(0, sep)).some((a) => a.startsWith('--message-format'));
    if (own)
        return { ...cmd, units: 'unknown' };
    return { ...cmd, args: beforeSeparator(cmd.args, '--message-format=json-render-diagnostics'), units: 'route' };
}
/** Environment selecting a toolchain through rustup; empty when the directory's own file decides. */
function toolchainEnv(toolchain) {
    return toolchain ? { RUSTUP_TOOLCHAIN: toolchain } : {};
}
function fmtCommand() {
    return { args: ['fmt', '--all', '--', '--check'], env: {} };
}
function clippyCommand(o) {
    const args = ['clippy', '--workspace', '--all-targets'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    if (o.json)
        args.push('--message-format=json');
    const lints = o.denyWarnings ? ['-D', 'warnings'] : [];
    if (lints.length > 0 || o.extra.length > 0)
        args.push('--', ...lints, ...o.extra);
    return { args, env: {}, units: o.json ? 'json' : 'unknown' };
}
/** `cargo test` over the whole workspace: unit, integration and doc tests; every test binary runs even when one fails. */
function testCommand(o) {
    const args = ['test', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args, ...o.extra);
    return reportingUnits({ args, env: {} });
}
/** `cargo nextest run` (nextest does not run doc tests: docTestCommand follows it). */
function nextestCommand(o) {
    const args = ['nextest', 'run', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    // A hash shard of a small suite may hold no test at all: that shard passes.
    if (o.partition)
        args.push('--partition', `hash:${o.partition.index}/${o.partition.count}`, '--no-tests=pass');
    args.push(...o.features.args, ...o.extra);
    // Plain status lines for the parser and the log, whatever the terminal.
    return { args, env: { NEXTEST_HIDE_PROGRESS_BAR: '1' }, units: 'unknown' };
}
/** Doc tests only, for the nextest runner. */
function docTestCommand(o) {
    const args = ['test', '--doc', '--workspace', '--no-fail-fast'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    return reportingUnits({ args, env: {} });
}


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ failureLocation),
/* harmony export */   _z: () => (/* binding */ SUMMARY_FAILURE_ROWS),
/* harmony export */   de: () => (/* binding */ MAX_MESSAGE_LINES),
/* harmony export */   fC: () => (/* binding */ LibtestParser),
/* harmony export */   vj: () => (/* binding */ parseDocTestName),
/* harmony export */   xH: () => (/* binding */ SUMMARY_MESSAGE_LINES)
/* harmony export */ });
/* unused harmony exports SectionLines, SECTION_KEEP_LINES, parseLibtest */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8431);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(485);
// Parses the human output of `cargo test` (libtest's harness: unit, integration and doc tests).
//
// Only the test binaries' stdout is needed: every binary starts with "running N tests", lists
// "test NAME ... ok|FAILED|ignored", prints a "---- NAME stdout ----" section per failure (with the
// panic message and location) and ends with "test result: ...". cargo's own lines ("Running …",
// "Doc-tests …") go to stderr and are not relied upon.


const RUNNING = /^running \d+ tests?$/;
const RESULT = /^test result: (?:ok|FAILED)\. (\d+) passed; (\d+) failed; (\d+) ignored/;
// "test NAME ... FAILED" (default format) or "NAME --- FAILED" (terse format of `cargo test -q`).
const FAILED_LINE = /^(?:test (.+?) \.\.\. FAILED|(.+?) --- FAILED)$/;
const SECTION = /^---- (.+?) stdout ----$/;
// "thread 'name' panicked at src/lib.rs:10:5:" (Rust 1.73+, with a thread id since 1.88),
// or "thread 'name' panicked at 'message', src/lib.rs:10:5" (older).
const PANIC_NEW = /^thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const PANIC_OLD = /^thread '(.*?)'(?: \(\d+\))? panicked at '(.*)', (.+?):(\d+):(\d+)$/;
const MESSAGE_END = /^(note: |stack backtrace:|\s*\d+: |thread '.*' panicked)/;
// Doc test names: "src/lib.rs - add (line 5)", "src/lib.rs - Type::method (line 12)", "src/lib.rs - (line 1)".
const DOC_NAME = /^(.+?) - (?:(.+?) )?\(line (\d+)\)(?: - compile(?: fail)?)?$/;
function parseDocTestName(name) {
    const m = DOC_NAME.exec(name);
    if (!m)
        return undefined;
    return { file: m[1], item: m[2] ?? '', line: Number(m[3]) };
}
/** Lines of a failure's message kept from the output (libtest and nextest alike). */
const MAX_MESSAGE_LINES = 30;
/** Failing tests a summary shows with their cause; the annotations and the JSON report have them all. */
const SUMMARY_FAILURE_ROWS = 15;
/** Lines of a panic message a summary shows (the assertion and its left/right values). */
const SUMMARY_MESSAGE_LINES = 4;
/**
 * A failure's "---- NAME stdout ----" section, bounded: what the test printed may be gigabytes, but
 * the message is at its start (a test returning Err) or its end (the panic, printed last), so the
 * first and last lines are enough.
 */
class SectionLines {
    keep;
    head = [];
    tail = [];
    dropped = 0;
    constructor(keep = SECTION_KEEP_LINES) {
        this.keep = keep;
    }
    push(line) {
        if (this.head.length < this.keep) {
            this.head.push(line);
            return;
        }
        this.tail.push(line);
        // Trimmed in batches, so that a flood of lines costs no more than a copy per `keep` lines.
        if (this.tail.length >= 2 * this.keep) {
            this.dropped += this.tail.length - this.keep;
            this.tail = this.tail.slice(-this.keep);
        }
    }
    lines() {
        const tail = this.tail.slice(-this.keep);
        const dropped = this.dropped + this.tail.length - tail.length;
        return dropped > 0 ? [...this.head, `… ${dropped} lines left out …`, ...tail] : [...this.head, ...tail];
    }
}
/** Lines kept at each end of a failure's output section. */
const SECTION_KEEP_LINES = 200;
/** Reads libtest's output line by line as it arrives, with bounded memory whatever the tests print. */
class LibtestParser {
    report = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
    // Failures of the binary being read, by name (names are unique within one binary).
    inBinary = new Map();
    section;
    binaryStart = 0;
    line(raw) {
        const line = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .stripAnsi */ .aJ)(raw).replace(/\r$/, '');
        if (RUNNING.test(line)) {
            this.closeSection();
            this.endBinary();
            this.inBinary = new Map();
            return;
        }
        const res = RESULT.exec(line);
        if (res) {
            this.closeSection();
            this.report.passed += Number(res[1]);
            this.report.failed += Number(res[2]);
            this.report.ignored += Number(res[3]);
            this.report.suites++;
            return;
        }
        const header = SECTION.exec(line);
        if (header) {
            this.closeSection();
            const test = this.inBinary.get(header[1]) ?? this.addFailure(header[1]);
            this.section = { test, lines: new SectionLines() };
            return;
        }
        if (this.section) {
            // The list of failed names after the sections ends them.
            if (line === 'failures:')
                this.closeSection();
            else
                this.section.lines.push(line);
            return;
        }
        const failed = FAILED_LINE.exec(line);
        if (failed) {
            const name = failed[1] ?? failed[2];
            if (!this.inBinary.has(name))
                this.addFailure(name);
        }
    }
    finish() {
        this.closeSection();
        this.endBinary();
        return this.report;
    }
    // Tests run in parallel, so a binary's failures come in any order: sort them by name (as
    // libtest's own "failures:" list is) for stable annotations.
    endBinary() {
        const mine = this.report.failures
            .splice(this.binaryStart)
            .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        this.report.failures.push(...mine);
        this.binaryStart = this.report.failures.length;
    }
    closeSection() {
        if (!this.section)
            return;
        describeFailure(this.section.test, this.section.lines.lines());
        this.section = undefined;
    }
    addFailure(name) {
        const doc = parseDocTestName(name);
        const f = { name, ...(doc ? { doc } : {}) };
        this.report.failures.push(f);
        this.inBinary.set(name, f);
        return f;
    }
}
function parseLibtest(output) {
    const parser = new LibtestParser();
    for (const line of output.split('\n'))
        parser.line(line);
    return parser.finish();
}
/** Fills in the panic location and message from a failure's "---- NAME stdout ----" section. */
function describeFailure(test, section) {
    for (let i = 0; i < section.length; i++) {
        const line = section[i];
        const pn = PANIC_NEW.exec(line);
        if (pn) {
            test.file = pn[2];
            test.line = Number(pn[3]);
            test.column = Number(pn[4]);
            const msg = [];
            for (let j = i + 1; j < section.length && !MESSAGE_END.test(section[j]); j++)
                msg.push(section[j]);
            test.message = trimMessage(msg);
            return;
        }
        const po = PANIC_OLD.exec(line);
        if (po) {
            test.file = po[3];
            test.line = Number(po[4]);
            test.column = Number(po[5]);
            test.message = po[2];
            return;
        }
    }
    // No panic: e.g. a test returning Err ("Error: …"), or a doc test that did not compile.
    const text = trimMessage(section.filter((l) => !/^note: run with `RUST_BACKTRACE/.test(l)));
    if (text)
        test.message = text;
}
function trimMessage(lines) {
    const kept = lines.slice(0, MAX_MESSAGE_LINES);
    while (kept.length && kept[0].trim() === '')
        kept.shift();
    while (kept.length && kept[kept.length - 1].trim() === '')
        kept.pop();
    if (lines.length > MAX_MESSAGE_LINES)
        kept.push('…');
    return kept.join('\n');
}
/** Where to annotate a failure: a doc test on its example's line, another test at its panic location. */
function failureLocation(f, bases, repoRoot) {
    if (f.doc) {
        const file = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReported */ .O)(f.doc.file, bases, repoRoot);
        return file ? { file, line: f.doc.line } : {};
    }
    if (f.file && f.line) {
        const file = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveReported */ .O)(f.file, bases, repoRoot);
        return file ? { file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {};
    }
    return {};
}


/***/ }),

/***/ 9899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ knownCargoMetadata),
/* harmony export */   eI: () => (/* binding */ rustcVersion),
/* harmony export */   ge: () => (/* binding */ cargoMetadata),
/* harmony export */   jr: () => (/* binding */ knownRustcVersion),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   zQ: () => (/* binding */ workspaceHasLockfile)
/* harmony export */ });
/* unused harmony exports metadataCommand, parseCargoMetadata */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3738);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8992);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4212);
// What a run asks cargo and rustc about the workspace and the compiler, asked once per run:
// `cargo metadata --format-version 1 --no-deps` per working directory and toolchain (the
// workspace root, the target directory, the member packages) and `rustc -vV` per toolchain.
//
// Answers are kept per run: in a WeakMap keyed on the object the caller passes (the run's
// StageContext, which the setup steps and every stage share), so nothing carries over from one
// run, or one test, to the next. Only answers are kept: a failed question (e.g. asked by the cache
// key before the toolchain was installed) is asked again by the next caller.





function metadataCommand() {
    return { args: ['metadata', '--format-version', '1', '--no-deps'], env: {} };
}
/** Reads `cargo metadata --format-version 1` output; packages are narrowed to the workspace members. Throws on JSON that is not metadata. */
function parseCargoMetadata(json) {
    const doc = JSON.parse(json);
    if (!Array.isArray(doc.packages) || typeof doc.target_directory !== 'string')
        throw new Error('not cargo metadata: no packages or target_directory');
    // With --no-deps every package is a member; older documents may lack the list.
    const members = new Set(doc.workspace_members ?? doc.packages.map((p) => p.id));
    return {
        ...(doc.workspace_root ? { workspaceRoot: doc.workspace_root } : {}),
        targetDirectory: doc.target_directory,
        packages: doc.packages
            .filter((p) => members.has(p.id))
            .map((p) => ({
            name: p.name,
            version: p.version,
            ...(p.description ? { description: p.description } : {}),
            ...(p.license ? { license: p.license } : {}),
            ...(p.manifest_path ? { manifestPath: p.manifest_path } : {}),
            targets: (p.targets ?? []).map((t) => ({ name: t.name, kind: [...t.kind] })),
        })),
    };
}
const runs = new WeakMap();
/** The answers asked (or known) so far in the run of `deps`. */
function answersOf(deps) {
    let asked = runs.get(deps);
    if (!asked)
        runs.set(deps, (asked = new Map()));
    return asked;
}
/** Asks once per run and key; a failure is forgotten once it is known, so the next caller asks again. */
function ask(deps, key, question) {
    const asked = answersOf(deps);
    const known = asked.get(key);
    if (known)
        return known;
    const pending = question();
    asked.set(key, pending);
    const forget = () => {
        if (asked.get(key) === pending)
            asked.delete(key);
    };
    pending.then((a) => a.ok || forget(), forget);
    return pending;
}
/** Keeps an answer known without asking (remembered from an earlier run): the run's callers get it as if asked. */
function knowAnswer(deps, key, value) {
    const asked = answersOf(deps);
    if (!asked.has(key))
        asked.set(key, Promise.resolve({ ok: true, value }));
}
/** This run's `cargo metadata` answer for deps.cwd and `toolchain`, known without asking cargo. */
function knownCargoMetadata(deps, toolchain, value) {
    knowAnswer(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, value);
}
/** This run's `rustc -vV` of `toolchain`, known without asking rustc. */
function knownRustcVersion(deps, toolchain, text) {
    knowAnswer(deps, `rustc|${toolchain ?? ''}`, text);
}
function failure(program, res) {
    if (res.spawnError)
        return `${program} could not be started: ${res.spawnError}`;
    if (res.killed)
        return `${program} was stopped (${res.killed})`;
    return `${program} exited with code ${res.code}`;
}
/** `cargo metadata --format-version 1 --no-deps` in deps.cwd with `toolchain`, once per run. */
function cargoMetadata(deps, toolchain, opts = {}) {
    return ask(deps, `metadata|${deps.cwd}|${toolchain ?? ''}`, async () => {
        const c = metadataCommand();
        const res = await deps.exec('cargo', c.args, {
            cwd: deps.cwd,
            env: { ...deps.env, ...(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainEnv */ .JL)(toolchain) },
            echo: opts.echo ?? 'none',
            keepBytes: _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .WHOLE_OUTPUT_BYTES */ .QB,
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        if (res.code !== 0)
            return { ok: false, res, why: failure('cargo metadata', res) };
        if (res.stdoutDropped)
            return { ok: false, res, why: `cargo metadata printed more than ${(0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z3)(_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .WHOLE_OUTPUT_BYTES */ .QB)}` };
        try {
            return { ok: true, value: parseCargoMetadata(res.stdout) };
        }
        catch (e) {
            return { ok: false, res, why: `cargo metadata printed something else than metadata: ${e.message}` };
        }
    });
}
/** The full `rustc -vV` text of `toolchain`, once per run. */
function rustcVersion(deps, toolchain, opts = {}) {
    return ask(deps, `rustc|${toolchain ?? ''}`, async () => {
        const res = await deps.exec('rustc', ['-vV'], {
            cwd: deps.cwd,
            env: { ...deps.env, ...(0,_commands_js__WEBPACK_IMPORTED_MODULE_3__/* .toolchainEnv */ .JL)(toolchain) },
            echo: opts.echo ?? 'none',
            ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        });
        return res.code === 0 ? { ok: true, value: res.stdout } : { ok: false, res, why: failure('rustc -vV', res) };
    });
}
/** The workspace root of deps.cwd (from cargo metadata); deps.cwd itself when cargo cannot say. */
async function workspaceRoot(deps, toolchain) {
    const meta = await cargoMetadata(deps, toolchain);
    return (meta.ok && meta.value.workspaceRoot) || deps.cwd;
}
/**
 * Whether the workspace has a Cargo.lock, i.e. whether cargo should run with --locked. Cargo uses
 * the workspace root's lockfile, also when the working directory is a member.
 */
async function workspaceHasLockfile(deps, toolchain) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await workspaceRoot(deps, toolchain), 'Cargo.lock'));
}


/***/ }),

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ rustupHome),
/* harmony export */   QB: () => (/* binding */ toolchainOnDisk),
/* harmony export */   vf: () => (/* binding */ installedOnDisk)
/* harmony export */ });
/* unused harmony export rustupOnPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8431);
/* harmony import */ var _rustup_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1525);
// What rustup has installed, read from RUSTUP_HOME without starting rustup.





function rustupHome(env) {
    return env.RUSTUP_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.rustup');
}
function rustupOnPath(env) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .findOnPath */ .aY)(process.platform === 'win32' ? 'rustup.exe' : 'rustup', env.PATH) !== undefined;
}
/**
 * The installed toolchains, read from RUSTUP_HOME/toolchains: what `rustup toolchain list`
 * prints, without starting rustup. Undefined when rustup is not on PATH or the folder cannot be
 * read (then rustup is asked).
 */
function installedOnDisk(env) {
    if (!rustupOnPath(env))
        return undefined;
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rustupHome(env), 'toolchains'), { withFileTypes: true })
            .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
            .map((d) => d.name)
            .sort();
    }
    catch {
        return undefined;
    }
}
/** True when `toolchain` is known to be installed (from RUSTUP_HOME, without asking rustup). */
function toolchainOnDisk(env, toolchain) {
    if (toolchain === undefined)
        return false;
    const installed = installedOnDisk(env);
    return installed !== undefined && (0,_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .findInstalled */ .c9)(installed, toolchain) !== undefined;
}


/***/ }),

/***/ 1525:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ parseInstalledComponents),
/* harmony export */   B4: () => (/* binding */ targetListCommand),
/* harmony export */   Xy: () => (/* binding */ parseToolchainList),
/* harmony export */   c9: () => (/* binding */ findInstalled),
/* harmony export */   cX: () => (/* binding */ targetAddCommand),
/* harmony export */   kZ: () => (/* binding */ rustupError),
/* harmony export */   p0: () => (/* binding */ toolchainListCommand),
/* harmony export */   rB: () => (/* binding */ componentListCommand),
/* harmony export */   uK: () => (/* binding */ toolchainInstallCommand),
/* harmony export */   uY: () => (/* binding */ componentAddCommand),
/* harmony export */   uy: () => (/* binding */ parseInstalledTargets)
/* harmony export */ });
function toolchainListCommand() {
    return { cmd: 'rustup', args: ['toolchain', 'list'] };
}
// Toolchain names reach rustup after `--` or as `--toolchain=<name>`, never where rustup could read
// them as an option (a toolchain file saying channel = "--force" stays a name).
function toolchainInstallCommand(toolchain, components = [], profile = 'minimal') {
    const args = ['toolchain', 'install', `--profile=${profile}`, '--no-self-update'];
    if (components.length)
        args.push(`--component=${components.join(',')}`);
    args.push('--', toolchain);
    return { cmd: 'rustup', args };
}
function componentListCommand(toolchain) {
    return { cmd: 'rustup', args: ['component', 'list', '--installed', `--toolchain=${toolchain}`] };
}
function componentAddCommand(toolchain, components) {
    return { cmd: 'rustup', args: ['component', 'add', `--toolchain=${toolchain}`, '--', ...components] };
}
function targetListCommand(toolchain) {
    return { cmd: 'rustup', args: ['target', 'list', '--installed', `--toolchain=${toolchain}`] };
}
function targetAddCommand(toolchain, targets) {
    return { cmd: 'rustup', args: ['target', 'add', `--toolchain=${toolchain}`, '--', ...targets] };
}
/** Target triples from `rustup target list --installed`, one a line. */
function parseInstalledTargets(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(l));
}
/** Names from `rustup toolchain list`, e.g. "stable-x86_64-unknown-linux-gnu" (markers like "(default)" dropped). */
function parseToolchainList(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim().split(/\s+/)[0] ?? '')
        .filter((n) => n !== '' && n !== 'no' && !n.startsWith('info:'));
}
const TRIPLE_TAIL = /^[a-z][a-z0-9_]*(-[a-z0-9_]+){1,3}$/;
/**
 * The installed toolchain a requested name refers to: the same name, or the name followed by the
 * host triple ("stable" → "stable-x86_64-unknown-linux-gnu"). "1.95" does not match "1.95.0-…"
 * (rustup treats them as different toolchains) and "nightly" does not match a dated nightly.
 */
function findInstalled(installed, requested) {
    return installed.find((n) => n === requested || (n.startsWith(`${requested}-`) && TRIPLE_TAIL.test(n.slice(requested.length + 1))));
}
/** Component names from `rustup component list --installed`, without the target triple ("clippy", "rustfmt"). */
function parseInstalledComponents(stdout) {
    return stdout
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => l.replace(/-(x86_64|aarch64|i686|armv7|arm|riscv64gc|powerpc64le|s390x|loongarch64)-[\w-]+$/, ''));
}
/**
 * The useful part of a failed rustup run: its error line and the last two causes, without info
 * lines or a stack backtrace; the last lines when there is no error line.
 */
function rustupError(output) {
    const lines = output.split(/\r?\n/);
    const bt = lines.findIndex((l) => /^\s*stack backtrace:/i.test(l));
    const relevant = (bt >= 0 ? lines.slice(0, bt) : lines)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('info: '));
    const error = relevant.find((l) => l.startsWith('error:'));
    const causes = relevant.filter((l) => /^\d+: /.test(l)).slice(-2);
    return error ? [error, ...causes].join('\n') : relevant.slice(-3).join('\n');
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ formatRustVersion),
/* harmony export */   TC: () => (/* binding */ compareRustVersions),
/* harmony export */   Wz: () => (/* binding */ installedRelease),
/* harmony export */   Yi: () => (/* binding */ parseRustVersion),
/* harmony export */   cl: () => (/* binding */ quoteValue),
/* harmony export */   mx: () => (/* binding */ stableMinus),
/* harmony export */   rY: () => (/* binding */ ToolchainSpecError),
/* harmony export */   zJ: () => (/* binding */ checkToolchainName),
/* harmony export */   zT: () => (/* binding */ relativeStableCount)
/* harmony export */ });
/* unused harmony exports toolchainNameKind, NAME_HELP */
/* harmony import */ var _inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1318);
// Toolchain names: rustup's grammar, the names the toolchains input adds to it (msrv, stable-N),
// and a value quoted so that it can be logged safely whatever it holds. Pure.

/** Why a toolchain name or a toolchain file cannot be used: `source` is the input or the file. */
class ToolchainSpecError extends Error {
    source;
    constructor(source, message) {
        super(message);
        this.source = source;
        this.name = 'ToolchainSpecError';
    }
}
const MAX_QUOTED = 80;
/**
 * A value from a file or an input as one escaped line: JSON-quoted (newlines and control
 * characters as \n, \u001b…), Unicode line separators escaped too, cut after 80 characters. A
 * value quoted this way cannot start a line of the log, so it cannot become a workflow command.
 */
function quoteValue(value) {
    const cut = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
    return JSON.stringify(cut).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** rustup's channels: a release channel or version, an optional archive date, an optional host triple. */
const CHANNEL = /^(stable|beta|nightly|\d+\.\d+(\.\d+)?(-beta(\.\d+)?)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?$/;
/** A custom toolchain (rustup toolchain link): letters, digits, ".", "_", "-"; never an option ("-…"). */
const CUSTOM = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
/** Which of rustup's forms `name` has; undefined when it has none (then it must not reach rustup). */
function toolchainNameKind(name) {
    if (CHANNEL.test(name))
        return 'channel';
    return CUSTOM.test(name) && !/^\.+$/.test(name) ? 'custom' : undefined;
}
const NAME_HELP = 'allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date and a host triple, or a custom toolchain name of letters, digits, ".", "_" and "-" (not starting with "-")';
/** `name` when rustup would read it as a toolchain name; a ToolchainSpecError naming `source` otherwise. */
function checkToolchainName(name, source) {
    if (toolchainNameKind(name) === undefined)
        throw new ToolchainSpecError(source, `${source}: the toolchain ${quoteValue(name)} is not a toolchain name; ${NAME_HELP}.`);
    return name;
}
/** `stable-N`: N releases before the installed stable. */
const RELATIVE = /^stable-(\d{1,3})$/;
/** N of a `stable-N` name; undefined for any other name. */
function relativeStableCount(name) {
    const m = RELATIVE.exec(name);
    return m ? Number(m[1]) : undefined;
}
/** A `rust-version` (1.70 or 1.70.1); undefined for anything else ("1", "1.x", "abc"). */
function parseRustVersion(text) {
    const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text);
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), ...(m[3] !== undefined ? { patch: Number(m[3]) } : {}) };
}
function formatRustVersion(v) {
    return `${v.major}.${v.minor}${v.patch !== undefined ? `.${v.patch}` : ''}`;
}
function compareRustVersions(a, b) {
    return a.major - b.major || a.minor - b.minor || (a.patch ?? 0) - (b.patch ?? 0);
}
/**
 * The release `count` releases before `stable` (1.95.0, 2 → "1.93"); a ToolchainSpecError naming
 * the input when that goes before 1.0.
 */
function stableMinus(stable, count, name) {
    const minor = stable.minor - count;
    if (minor < 0)
        throw new ToolchainSpecError('toolchains', `${(0,_inputs_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputRef */ .io)('toolchains')}: ${quoteValue(name)} goes back ${count} releases from stable ${formatRustVersion(stable)}, before Rust ${stable.major}.0; use a smaller N.`);
    return `${stable.major}.${minor}`;
}
/**
 * The installed toolchain that serves a release `version`: the toolchain named exactly so, else
 * the highest installed patch release of it ("1.85" → "1.85.1" when only that is installed);
 * undefined when neither is installed. `installed` holds rustup's full names (with the host triple).
 */
function installedRelease(installed, version) {
    const exact = installed.find((n) => n === version || (n.startsWith(`${version}-`) && /^-[a-z]/.test(n.slice(version.length))));
    if (exact)
        return version;
    const patches = installed
        .map((n) => new RegExp(`^(${version.replace(/\./g, '\\.')}\\.\\d+)-[a-z]`).exec(n)?.[1])
        .filter((n) => n !== undefined)
        .map((n) => ({ n, v: parseRustVersion(n) }))
        .sort((a, b) => compareRustVersions(b.v, a.v));
    return patches[0]?.n;
}


/***/ }),

/***/ 9112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vy: () => (/* binding */ resolveToolchains)
});

// UNUSED EXPORTS: installedStable, toolchainFromFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./src/cargo/toolchain-names.ts
var toolchain_names = __nccwpck_require__(6790);
// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(1318);
;// CONCATENATED MODULE: ./src/cargo/msrv.ts
// The minimum supported Rust version a crate or workspace declares (`rust-version`), read from its
// Cargo.toml files without starting cargo (plan mode starts no process).






const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined;
function readManifest(path, repoRoot) {
    try {
        return (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new toolchain_names/* ToolchainSpecError */.rY('toolchains', `${(0,errors/* inputRef */.io)('toolchains')}: msrv needs ${(0,external_node_path_.relative)(repoRoot, path) || path}, which cannot be read: ${(0,toolchain_names/* quoteValue */.cl)(e.message.split('\n')[0] ?? '')}.`);
    }
}
/** The package's rust-version: its own, or the workspace's when it says `rust-version.workspace = true`. */
function packageVersion(doc, workspace, where) {
    const raw = obj(doc.package)?.['rust-version'];
    if (raw === undefined)
        return undefined;
    if (obj(raw)?.workspace === true)
        return workspaceVersion(workspace, where);
    const v = typeof raw === 'string' ? (0,toolchain_names/* parseRustVersion */.Yi)(raw) : undefined;
    if (!v)
        throw new toolchain_names/* ToolchainSpecError */.rY('toolchains', `${(0,errors/* inputRef */.io)('toolchains')}: msrv: rust-version = ${(0,toolchain_names/* quoteValue */.cl)(String(raw))} in ${where} is not a Rust version; expected "1.70" or "1.70.1".`);
    return v;
}
function workspaceVersion(workspace, where) {
    const raw = obj(obj(workspace?.workspace)?.package)?.['rust-version'];
    if (raw === undefined)
        return undefined;
    const v = typeof raw === 'string' ? (0,toolchain_names/* parseRustVersion */.Yi)(raw) : undefined;
    if (!v)
        throw new toolchain_names/* ToolchainSpecError */.rY('toolchains', `${(0,errors/* inputRef */.io)('toolchains')}: msrv: workspace.package.rust-version = ${(0,toolchain_names/* quoteValue */.cl)(String(raw))} in ${where} is not a Rust version; expected "1.70" or "1.70.1".`);
    return v;
}
/** Member folders of a workspace: its `members` entries, a trailing `*` matching the folders in that place. */
function memberDirs(root, ws) {
    const list = (k) => Array.isArray(ws[k]) ? ws[k].filter((m) => typeof m === 'string') : [];
    const excluded = new Set(list('exclude').map((e) => (0,external_node_path_.resolve)(root, e)));
    return list('members')
        .flatMap((m) => {
        if (!m.includes('*'))
            return [(0,external_node_path_.resolve)(root, m)];
        const parent = (0,external_node_path_.resolve)(root, (0,external_node_path_.dirname)(m));
        const pattern = new RegExp(`^${(0,external_node_path_.basename)(m)
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')}$`);
        try {
            return (0,external_node_fs_.readdirSync)(parent, { withFileTypes: true })
                .filter((d) => d.isDirectory() && pattern.test(d.name))
                .map((d) => (0,external_node_path_.join)(parent, d.name));
        }
        catch {
            return [];
        }
    })
        .filter((d) => !excluded.has(d) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(d, 'Cargo.toml')));
}
/** The nearest Cargo.toml holding [workspace] from `from` upwards, inside the repository. */
function workspaceManifest(from, repoRoot) {
    for (let cur = from; (0,paths/* isInside */.FK)(cur, repoRoot); cur = (0,external_node_path_.dirname)(cur)) {
        const p = (0,external_node_path_.join)(cur, 'Cargo.toml');
        if ((0,external_node_fs_.existsSync)(p) && obj(readManifest(p, repoRoot).workspace))
            return p;
        if (cur === repoRoot || (0,external_node_path_.dirname)(cur) === cur)
            return undefined;
    }
    return undefined;
}
/**
 * The rust-version of the crate in `dir`; for a workspace root, the lowest its members (and
 * workspace.package) declare, with a note when they differ. A ToolchainSpecError says where it
 * looked when there is none, and names the file and value of one that is not a version.
 */
function findMsrv(dir, repoRoot) {
    const own = (0,external_node_path_.join)(dir, 'Cargo.toml');
    const rel = (p) => (0,external_node_path_.relative)(repoRoot, p) || (0,external_node_path_.basename)(p);
    const doc = readManifest(own, repoRoot);
    const wsPath = obj(doc.workspace) ? own : dir === repoRoot ? undefined : workspaceManifest((0,external_node_path_.dirname)(dir), repoRoot);
    const wsDoc = wsPath === undefined ? undefined : wsPath === own ? doc : readManifest(wsPath, repoRoot);
    const found = [];
    const add = (where, v) => void (v && found.push({ where, v }));
    add(rel(own), packageVersion(doc, wsDoc, rel(own)));
    if (wsPath === own) {
        const ws = obj(doc.workspace);
        for (const m of memberDirs(dir, ws)) {
            const p = (0,external_node_path_.join)(m, 'Cargo.toml');
            add(rel(p), packageVersion(readManifest(p, repoRoot), doc, rel(p)));
        }
        if (found.length === 0)
            add(`${rel(own)} [workspace.package]`, workspaceVersion(doc, rel(own)));
    }
    if (found.length === 0)
        throw new toolchain_names/* ToolchainSpecError */.rY('toolchains', `${(0,errors/* inputRef */.io)('toolchains')}: msrv needs a rust-version, and none was found: looked for [package] rust-version${wsPath === own ? ", [workspace.package] rust-version and the members' [package] rust-version" : ''} in ${rel(own)}${wsPath && wsPath !== own ? ` (and [workspace.package] in ${rel(wsPath)})` : ''}. Add rust-version = "1.70" (your minimum) to [package], or remove msrv from the toolchains input.`);
    found.sort((a, b) => (0,toolchain_names/* compareRustVersions */.TC)(a.v, b.v));
    const lowest = found[0];
    const differ = found.some((f) => (0,toolchain_names/* compareRustVersions */.TC)(f.v, lowest.v) !== 0);
    return {
        version: lowest.v,
        ...(differ
            ? {
                note: `msrv is ${(0,toolchain_names/* formatRustVersion */.Ce)(lowest.v)}, the lowest rust-version among the workspace members (${found.map((f) => `${f.where}: ${(0,toolchain_names/* formatRustVersion */.Ce)(f.v)}`).join(', ')}).`,
            }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/cargo/rustup.ts
var rustup = __nccwpck_require__(1525);
// EXTERNAL MODULE: ./src/cargo/rustup-home.ts
var rustup_home = __nccwpck_require__(8537);
;// CONCATENATED MODULE: ./src/cargo/toolchain-file.ts
// rust-toolchain.toml and the legacy rust-toolchain file, read the way rustup reads them: the
// channel, the components and targets to install for it, the profile. Pure: the caller reads the file.


const PROFILES = ['minimal', 'default', 'complete'];
/** Larger than any real toolchain file by far: such a file is refused before it is parsed. */
const MAX_TOOLCHAIN_FILE_BYTES = 64 * 1024;
const KEYS = ['channel', 'components', 'targets', 'profile', 'path'];
const COMPONENT = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const TARGET = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}$/;
function fail(file, message) {
    throw new toolchain_names/* ToolchainSpecError */.rY(file, `${file}: ${message}`);
}
/**
 * Parses a toolchain file. The legacy form is one line holding the channel; otherwise it is TOML
 * with a [toolchain] table. Anything rustup would not accept, and a `path` toolchain (a local
 * build the action can neither install nor check), is a ToolchainSpecError naming the file and
 * quoting the value on one line.
 */
function parseToolchainFile(file, text) {
    if (Buffer.byteLength(text) > MAX_TOOLCHAIN_FILE_BYTES)
        fail(file, `the file is larger than ${MAX_TOOLCHAIN_FILE_BYTES / 1024} KiB; a toolchain file holds a few lines.`);
    const trimmed = text.trim();
    if (trimmed !== '' && !/[\n=[]/.test(trimmed)) {
        return { file, channel: (0,toolchain_names/* checkToolchainName */.zJ)(trimmed, file), components: [], targets: [] };
    }
    return fromToml(file, parseDoc(file, text));
}
function parseDoc(file, text) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        const first = e.message.split('\n')[0] ?? '';
        return fail(file, `not valid TOML (${(0,toolchain_names/* quoteValue */.cl)(first)}); expected [toolchain] with channel = "…".`);
    }
}
function fromToml(file, doc) {
    const extra = Object.keys(doc).filter((k) => k !== 'toolchain');
    if (extra.length)
        fail(file, `unknown table or key ${(0,toolchain_names/* quoteValue */.cl)(extra[0])}; a toolchain file has one [toolchain] table.`);
    const t = doc.toolchain;
    if (typeof t !== 'object' || t === null || Array.isArray(t))
        fail(file, 'no [toolchain] table; expected [toolchain] with channel = "…".');
    const table = t;
    const unknown = Object.keys(table).filter((k) => !KEYS.includes(k));
    if (unknown.length)
        fail(file, `unknown key ${(0,toolchain_names/* quoteValue */.cl)(unknown[0])} in [toolchain]; allowed: ${KEYS.join(', ')}.`);
    if (table.path !== undefined)
        fail(file, `path = ${(0,toolchain_names/* quoteValue */.cl)(String(table.path))} names a local toolchain build, which this action cannot install or check; name a channel (e.g. channel = "1.85"), or set the toolchains input, which overrides the file.`);
    const channel = table.channel;
    if (typeof channel !== 'string' || channel === '')
        fail(file, 'no channel in [toolchain]; expected channel = "stable", "1.85", "nightly-2025-01-01", ….');
    const profile = table.profile;
    if (profile !== undefined && !PROFILES.includes(profile))
        fail(file, `profile = ${(0,toolchain_names/* quoteValue */.cl)(String(profile))} is not a profile; allowed: ${PROFILES.join(', ')}.`);
    return {
        file,
        channel: (0,toolchain_names/* checkToolchainName */.zJ)(channel, file),
        components: names(file, table.components, 'components', COMPONENT, '["clippy", "rustfmt"]'),
        targets: names(file, table.targets, 'targets', TARGET, '["x86_64-unknown-linux-musl"]'),
        ...(profile !== undefined ? { profile: profile } : {}),
    };
}
/** A list of component or target names; anything else names the key, the value and an example. */
function names(file, v, key, pattern, example) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        fail(file, `${key} = ${(0,toolchain_names/* quoteValue */.cl)(String(v))} is not a list; write ${key} = ${example}.`);
    return [
        ...new Set(v.map((n) => {
            if (typeof n !== 'string' || !pattern.test(n))
                fail(file, `${(0,toolchain_names/* quoteValue */.cl)(String(n))} in ${key} is not a ${key.slice(0, -1)} name; write ${key} = ${example}.`);
            return n;
        })),
    ];
}

;// CONCATENATED MODULE: ./src/cargo/toolchain-resolve.ts
// Which toolchains a run uses: the toolchains input with msrv and stable-N resolved, else the one
// rust-toolchain(.toml) names, else stable. Reads files only (plan mode starts no process).









/**
 * The toolchain file for `dir` (rust-toolchain.toml / rust-toolchain, from `dir` up to `stopAt`),
 * parsed; undefined when there is none. A ToolchainSpecError names the file when it cannot be used.
 */
function toolchainFromFile(dir, stopAt) {
    const path = (0,paths/* findUp */.dJ)(dir, stopAt, ['rust-toolchain.toml', 'rust-toolchain']);
    if (path === undefined)
        return undefined;
    const shown = (0,external_node_path_.relative)(stopAt, path) || path;
    if ((0,external_node_fs_.statSync)(path).size > MAX_TOOLCHAIN_FILE_BYTES)
        throw new toolchain_names/* ToolchainSpecError */.rY(shown, `${shown}: the file is larger than ${MAX_TOOLCHAIN_FILE_BYTES / 1024} KiB; a toolchain file holds a few lines.`);
    return parseToolchainFile(shown, (0,external_node_fs_.readFileSync)(path, 'utf8'));
}
/**
 * Resolves the toolchains input: empty means the toolchain file's channel (an unusable file is a
 * ToolchainSpecError), else stable; `msrv` is the rust-version Cargo.toml declares, `stable-N` counts
 * back from the installed stable. With the input set, an unusable toolchain file is only noted:
 * the input decides, and the file is not used.
 */
function resolveToolchains(requested, cwd, repoRoot, env) {
    const notes = [];
    if (requested.length === 0) {
        const file = toolchainFromFile(cwd, repoRoot);
        const name = file?.channel ?? 'stable';
        return { list: [{ request: name, name, label: name }], main: name, ...(file ? { file } : {}), notes };
    }
    let file;
    try {
        file = toolchainFromFile(cwd, repoRoot);
    }
    catch (e) {
        if (!(e instanceof toolchain_names/* ToolchainSpecError */.rY))
            throw e;
        notes.push(`${e.message} The toolchains input decides the toolchains, so the file is ignored.`);
    }
    const list = [];
    for (const request of requested) {
        const t = resolveOne(request, cwd, repoRoot, env, notes);
        if (!list.some((l) => l.name === t.name))
            list.push(t);
    }
    const main = list.find((t) => !t.msrv)?.name ?? 'stable';
    const applies = file !== undefined && list.some((t) => t.name === file.channel);
    return { list, main, ...(applies ? { file } : {}), notes };
}
function resolveOne(request, cwd, repoRoot, env, notes) {
    const installed = (0,rustup_home/* installedOnDisk */.vf)(env) ?? [];
    if (request === 'msrv') {
        const msrv = findMsrv(cwd, repoRoot);
        if (msrv.note)
            notes.push(msrv.note);
        const version = (0,toolchain_names/* formatRustVersion */.Ce)(msrv.version);
        return { request, name: (0,toolchain_names/* installedRelease */.Wz)(installed, version) ?? version, label: `msrv (${version})`, msrv: true };
    }
    const back = (0,toolchain_names/* relativeStableCount */.zT)(request);
    if (back !== undefined) {
        const version = (0,toolchain_names/* stableMinus */.mx)(installedStable(env, request), back, request);
        return { request, name: (0,toolchain_names/* installedRelease */.Wz)(installed, version) ?? version, label: `${request} (${version})` };
    }
    return { request, name: request, label: request };
}
/**
 * The version of the installed stable toolchain, read from its channel manifest in RUSTUP_HOME
 * (no process starts: plan mode resolves stable-N too). A ToolchainSpecError naming `request`
 * when stable is not installed.
 */
function installedStable(env, request) {
    const dir = ((0,rustup_home/* installedOnDisk */.vf)(env) ?? []).find((n) => (0,rustup/* findInstalled */.c9)([n], 'stable') !== undefined);
    const manifest = dir && (0,external_node_path_.join)((0,rustup_home/* rustupHome */.Lt)(env), 'toolchains', dir, 'lib', 'rustlib', 'multirust-channel-manifest.toml');
    let version;
    try {
        const m = manifest ? /\[pkg\.rust\]\s*\nversion = "(\d+\.\d+\.\d+)/.exec((0,external_node_fs_.readFileSync)(manifest, 'utf8')) : null;
        version = m ? (0,toolchain_names/* parseRustVersion */.Yi)(m[1]) : undefined;
    }
    catch {
        version = undefined;
    }
    if (!version)
        throw new toolchain_names/* ToolchainSpecError */.rY('toolchains', `${(0,errors/* inputRef */.io)('toolchains')}: ${request} counts back from the installed stable toolchain, and none was found in ${(0,rustup_home/* rustupHome */.Lt)(env)}; install it in an earlier step (rustup toolchain install stable), or name the version (e.g. 1.80).`);
    return version;
}


/***/ }),

/***/ 8195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PN: () => (/* binding */ resetLedger),
/* harmony export */   Zj: () => (/* binding */ recordUnits),
/* harmony export */   lh: () => (/* binding */ readUsedUnits),
/* harmony export */   pI: () => (/* binding */ withoutCargoMessages),
/* harmony export */   uR: () => (/* binding */ UnitCollector)
/* harmony export */ });
/* unused harmony exports isCargoMessage, unitOfPath, ledgerPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The unit ledger: which compiled units this run's cargo commands used, fresh or rebuilt, so that
// the cache entry keeps exactly those (an entry otherwise keeps every feature combination and
// version it ever built, and grows with each Cargo.lock change).
//
// cargo's JSON messages (`--message-format=json…`) name every unit of a build: a
// `compiler-artifact` message lists its outputs (`<profile>/deps/<crate>-<hash>.*`,
// `<profile>/build/<package>-<hash>/build-script-build`), a `build-script-executed` message the
// out dir of a build-script run (`<profile>/build/<package>-<hash>/out`). Cargo names each unit's
// `.fingerprint/<package>-<hash>` folder with the same hash.
//
// The ledger is a file in the run's temp dir, merged after each command. It only ever narrows what
// pruning keeps inside profile directories that pruning found by itself: a profile directory is
// looked up by equality, hashes are checked to be hashes, nothing in the file becomes a path.


const HASH = /^[0-9a-f]{16}$/;
// <profile>/deps/<name>-<hash>[.<ext>] and <profile>/build/<name>-<hash>/<file>
const DEPS_FILE = /^(.*)[\\/]deps[\\/][^\\/]*-([0-9a-f]{16})(?:\.[^\\/-]*)?$/;
const BUILD_FILE = /^(.*)[\\/]build[\\/][^\\/]+-([0-9a-f]{16})[\\/][^\\/]+$/;
/** True for a line of cargo's own JSON messages (as opposed to a test binary's or rustc's output). */
function isCargoMessage(line) {
    return line.startsWith('{"reason":');
}
/** The profile directory and unit hash an output path of a unit names, if it is one. */
function unitOfPath(path) {
    const m = DEPS_FILE.exec(path) ?? BUILD_FILE.exec(path);
    return m ? { profile: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(m[1]), hash: m[2] } : undefined;
}
/** Collects the units of one cargo command from its stdout lines. */
class UnitCollector {
    profiles = new Map();
    finished = false;
    /** Reads one stdout line; true when it was one of cargo's JSON messages (the caller need not show it). */
    line(text) {
        if (!isCargoMessage(text))
            return false;
        let msg;
        try {
            msg = JSON.parse(text);
        }
        catch {
            return true;
        }
        if (msg.reason === 'compiler-artifact' && Array.isArray(msg.filenames)) {
            for (const f of msg.filenames)
                if (typeof f === 'string')
                    this.add(f);
        }
        else if (msg.reason === 'build-script-executed' && typeof msg.out_dir === 'string') {
            this.add((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(msg.out_dir));
        }
        else if (msg.reason === 'build-finished') {
            this.finished = msg.success === true;
        }
        return true;
    }
    add(path) {
        const unit = unitOfPath(path);
        if (!unit)
            return;
        const set = this.profiles.get(unit.profile) ?? new Set();
        set.add(unit.hash);
        this.profiles.set(unit.profile, set);
    }
    result() {
        return { profiles: this.profiles, complete: this.finished };
    }
}
/** stdout without cargo's JSON messages: what a stage that did not ask for them parses and shows. */
function withoutCargoMessages(stdout) {
    return stdout
        .split('\n')
        .filter((l) => !isCargoMessage(l))
        .join('\n');
}
function ledgerPath(tempDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'cargo-units.json');
}
function readFile(tempDir) {
    try {
        const data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(ledgerPath(tempDir), 'utf8'));
        if (data.version !== 1 || typeof data.profiles !== 'object' || data.profiles === null)
            return undefined;
        return { version: 1, incomplete: data.incomplete !== false, profiles: data.profiles };
    }
    catch {
        return undefined;
    }
}
/**
 * Adds one command's units to the run's ledger. `unknown`: the command built units it cannot list
 * (no JSON messages), so nothing is pruned by use in this run.
 */
function recordUnits(tempDir, units) {
    const file = readFile(tempDir) ?? { version: 1, incomplete: false, profiles: {} };
    if (units === 'unknown' || !units.complete)
        file.incomplete = true;
    if (units !== 'unknown') {
        for (const [profile, hashes] of units.profiles) {
            file.profiles[profile] = [...new Set([...(file.profiles[profile] ?? []), ...hashes])].sort();
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(tempDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(ledgerPath(tempDir), JSON.stringify(file));
}
/** Starts a run's ledger afresh (a temp dir that outlives runs, as the CLI's does). */
function resetLedger(tempDir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(ledgerPath(tempDir), { force: true });
}
/**
 * The used units, checked: only absolute profile paths and 16-hex hashes survive. Undefined when
 * there is no ledger, or it is incomplete: then pruning keeps to its other rules.
 */
function readUsedUnits(tempDir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(ledgerPath(tempDir)))
        return undefined;
    const file = readFile(tempDir);
    if (!file || file.incomplete)
        return undefined;
    const out = new Map();
    for (const [profile, hashes] of Object.entries(file.profiles)) {
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(profile) !== profile || !Array.isArray(hashes))
            continue;
        out.set(profile, new Set(hashes.filter((h) => typeof h === 'string' && HASH.test(h))));
    }
    return out;
}


/***/ }),

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ resolveReported)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8431);
// Where cargo's paths are relative to: rustc runs in the workspace root, so diagnostics' file
// names, panic locations and doc test names of workspace members are relative to it (not to the
// working-directory, which may be a member or any folder inside the workspace).



/**
 * Turns a path cargo or rustc printed into one relative to the repository root. Relative paths are
 * tried against each base in order (the workspace root first); the first base where the file
 * exists wins, else the first base is assumed. Paths outside the repository give undefined.
 */
function resolveReported(file, bases, repoRoot) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file))
        return (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .Ne)(file, repoRoot, repoRoot);
    const hit = bases.find((b) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(b, file))) ?? bases[0];
    return hit === undefined ? undefined : (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .repoRelative */ .Ne)(file, hit, repoRoot);
}


/***/ }),

/***/ 5387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WL: () => (/* binding */ cacheWorkerEnv),
/* harmony export */   gf: () => (/* binding */ childEnv)
/* harmony export */ });
/* unused harmony exports CACHE_SERVICE_VARS, STEP_FILE_COMMANDS, droppedBecause */
/* harmony import */ var _inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8793);
// The one rule for the environment of every process this action starts (cargo, rustc, build
// scripts, proc macros, tests, installed tools, docker): what a plain `run:` step would get, and
// nothing the runner hands only to actions. Build scripts and tests are the repository's code; on a
// fork's pull request they are hostile. Only the cache worker gets the cache service's credentials.
// docs/security.md explains why each group is dropped, and what this cannot prevent.

/** Variables the cache worker (and only it) needs to talk to the cache service. */
const CACHE_SERVICE_VARS = [
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_MODE',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
];
/** ACTIONS_* variables that are switches, not credentials: a `run:` step sees them too. */
const KEPT_ACTIONS_VARS = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
/**
 * The step's own file commands. A child that could write them could forge this action's outputs
 * and summary (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), the state the post step reads (GITHUB_STATE),
 * or the environment and PATH of every later step, this action's post step included (GITHUB_ENV,
 * GITHUB_PATH: e.g. NODE_OPTIONS=--require …, run with the cache token in hand).
 */
const STEP_FILE_COMMANDS = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH'];
/** The CLI's variable for each input: docker-password → RUST_PIPELINE_DOCKER_PASSWORD. */
const CLI_INPUT_VARS = new Set(_inputs_specs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_SPECS */ .a6.map((s) => `RUST_PIPELINE_${s.name.toUpperCase().replace(/-/g, '_')}`));
/** Why a variable is kept from child processes; undefined when a child may see it. */
function droppedBecause(name, value, secrets = []) {
    const upper = name.toUpperCase();
    if (upper.startsWith('ACTIONS_') && !KEPT_ACTIONS_VARS.has(upper))
        return 'runner credential for actions';
    if (STEP_FILE_COMMANDS.includes(upper))
        return "the step's file command";
    if (upper.startsWith('INPUT_'))
        return 'action input';
    if (upper.startsWith('STATE_'))
        return 'action state';
    // The CLI's inputs (RUST_PIPELINE_DOCKER_PASSWORD, …): inputs, like INPUT_*. Other RUST_PIPELINE_*
    // variables (the tool checksum table, the test clock) are settings the pipeline itself reads.
    if (CLI_INPUT_VARS.has(upper))
        return 'command-line input';
    if (holdsSecret(value, secrets))
        return 'holds a secret';
    return undefined;
}
/** A value equal to a secret, or one that embeds it (a secret of 4 characters or more: shorter ones match by chance). */
function holdsSecret(value, secrets) {
    return secrets.some((s) => s !== '' && (value === s || (s.length >= 4 && value.includes(s))));
}
function cleanSecrets(o) {
    return (o.secrets ?? []).filter((s) => typeof s === 'string' && s !== '');
}
/** The environment for every child process: `env` without what the runner gives only to actions. */
function childEnv(env, o = {}) {
    const secrets = cleanSecrets(o);
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        if (droppedBecause(name, value, secrets) === undefined)
            out[name] = value;
    }
    return out;
}
/**
 * The environment for the cache worker: a child's environment plus the cache service's credentials,
 * taken from `env` or else from `credentials` (the runner's own environment, when `env` is already a
 * child's); never the docker password, even under a cache variable's name.
 */
function cacheWorkerEnv(env, o = {}) {
    const secrets = cleanSecrets(o);
    const out = childEnv(env, o);
    for (const name of CACHE_SERVICE_VARS) {
        const value = env[name] ?? o.credentials?.[name];
        if (value !== undefined && !holdsSecret(value, secrets))
            out[name] = value;
    }
    return out;
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dA: () => (/* binding */ utcDay),
/* harmony export */   tB: () => (/* binding */ now)
/* harmony export */ });
/* unused harmony export TEST_NOW_ENV */
// The one place the pipeline asks what time it is, where a test may fix the answer.
//
// RUST_PIPELINE_TEST_NOW=<ISO 8601 instant> makes every date decision of a run (the advisory
// database's daily cache key, whether the database was fetched today, the fetch record) use that
// instant instead of the system clock. It exists for tests of the day-to-day behaviour; a
// workflow has no reason to set it.
const TEST_NOW_ENV = 'RUST_PIPELINE_TEST_NOW';
/** Now, or the instant RUST_PIPELINE_TEST_NOW fixes. Throws on a value that is not a date. */
function now(env) {
    const fixed = env[TEST_NOW_ENV];
    if (!fixed)
        return new Date();
    const d = new Date(fixed);
    if (Number.isNaN(d.getTime()))
        throw new Error(`${TEST_NOW_ENV} is ${JSON.stringify(fixed)}, which is not an ISO 8601 date and time`);
    return d;
}
/** The UTC calendar day of an instant, YYYY-MM-DD. */
function utcDay(d) {
    return d.toISOString().slice(0, 10);
}


/***/ }),

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ worstStatus),
/* harmony export */   DH: () => (/* binding */ DONE),
/* harmony export */   Ke: () => (/* binding */ result),
/* harmony export */   QW: () => (/* binding */ logCommand),
/* harmony export */   ds: () => (/* binding */ stop),
/* harmony export */   ok: () => (/* binding */ ok),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3738);
// The run's shared words: the stage interface, the context the pipeline hands a stage, findings,
// and the report a run produces. Every layer may import this module; it imports only base modules.

/**
 * The one worst-status rule, for a run (its stages), a stage (its cells) and a merge (its jobs):
 * failure, then cancelled, then success (skipped counts as success). A failure wins over a
 * cancellation because a cancellation is so often the consequence of one (fail-fast, GitHub's
 * matrix cancelling the sibling jobs of a failed one), and because a failure already found is a
 * fact about the code that a re-run will show again, while a cancellation says only that the run
 * stopped.
 */
function worstStatus(statuses) {
    const all = [...statuses];
    if (all.includes('failure'))
        return 'failure';
    if (all.includes('cancelled'))
        return 'cancelled';
    return 'success';
}
/** The mark shown beside a status in summaries. */
const STATUS_ICON = {
    success: '✅',
    failure: '❌',
    skipped: '⏭️',
    cancelled: '🛑',
};
/** Echoes a command line before it runs, the one way every stage shows what it starts. */
function logCommand(log, cmd, args, toolchain) {
    log.info(`[command]${(0,_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCommand */ .fE)(cmd, args)}${toolchain ? `  (toolchain ${toolchain})` : ''}`);
}
function result(status, summary, extra = {}) {
    return { status, summary, findings: [], outputs: {}, blocks: [], ...extra };
}
/** A step that went through, with its value. */
function ok(value) {
    return { ok: true, value };
}
/** A step that ends its stage with this result. */
function stop(result) {
    return { ok: false, result };
}
/** A step without a value that went through. */
const DONE = ok(undefined);


/***/ }),

/***/ 3738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  QB: () => (/* binding */ WHOLE_OUTPUT_BYTES),
  _X: () => (/* binding */ cancelAll),
  m0: () => (/* binding */ exec),
  fE: () => (/* binding */ formatCommand),
  mm: () => (/* binding */ isCancelled)
});

// UNUSED EXPORTS: KILL_GRACE_MS, LEFTOVER_GRACE_MS, LineSplitter, MAX_LINE_CHARS, OUTPUT_TAIL_BYTES, TREE_GONE_MS, Tail, killPlan

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: ./src/log-sink.ts
var log_sink = __nccwpck_require__(977);
;// CONCATENATED MODULE: ./src/exec.ts
// The one way this action runs an external program: an argv array (never a shell string), output
// streamed (echoed, split into lines for parsers that need all of it) with only a bounded tail kept
// (a test printing gigabytes must not take the action down), every child in its own process group
// (on Windows: its process tree) so that cancellation can take down cargo and everything it started.
//
// Node's child_process is used directly rather than @actions/exec because cancelling needs
// the child's pid (to signal its whole process group), which @actions/exec does not expose.




const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
const running = new Set();
let cancelled = false;
/** Grace period between SIGTERM and SIGKILL when stopping a process group. */
const KILL_GRACE_MS = 1500;
/** How long a child's output may stay open after the child exited (held by processes it left behind). */
const LEFTOVER_GRACE_MS = 2000;
/** How long a stopped child's tree may take to go away before its result is given anyway. */
const TREE_GONE_MS = 10_000;
/** The end of each stream that a result keeps: enough for any message, bounded whatever a child prints. */
const OUTPUT_TAIL_BYTES = 4 * 1024 * 1024;
/**
 * For the few outputs read whole after the fact (JSON documents: cargo metadata, cargo audit; the
 * diff of cargo fmt): a bound far above any real one. A caller seeing stdoutDropped says so.
 */
const WHOLE_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Longer lines reach onStdoutLine/onStderrLine cut, with a note of how much was left out. */
const MAX_LINE_CHARS = 1024 * 1024;
/** True once cancelAll() was called: stages check it to report themselves as cancelled. */
function isCancelled() {
    return cancelled;
}
/**
 * How to stop a child and everything it started. POSIX: signal its process group (a negative pid;
 * each child is a group leader). Windows has neither groups nor signals: taskkill /T ends the tree, /F
 * without asking (console programs such as cargo ignore a polite close).
 */
function killPlan(pid, signal, platform) {
    if (platform === 'win32')
        return { kind: 'command', cmd: 'taskkill', args: ['/T', '/F', '/PID', String(pid)] };
    return { kind: 'signal', pid: -pid, signal };
}
/** Stops a child's tree; resolves once the kill was delivered (on Windows: once taskkill is done). */
function stopTree(pid, sig) {
    const plan = killPlan(pid, sig, process.platform);
    if (plan.kind === 'signal') {
        try {
            process.kill(plan.pid, plan.signal);
        }
        catch {
            /* already gone */
        }
        return Promise.resolve();
    }
    return new Promise((done) => {
        const k = (0,external_node_child_process_namespaceObject.spawn)(plan.cmd, plan.args, { stdio: 'ignore', windowsHide: true, shell: false });
        k.on('error', () => done());
        k.on('close', () => done());
    });
}
/** Whether a process of the group led by `pid` still runs (zombies waiting to be reaped do not count). */
function groupAlive(pid) {
    if (process.platform === 'win32')
        return false; // taskkill /T /F has ended the tree when it returns
    try {
        process.kill(-pid, 0);
    }
    catch (e) {
        return e.code === 'EPERM';
    }
    if (process.platform !== 'linux')
        return true;
    for (const entry of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ")".
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(pgrp) === pid && state !== 'Z' && state !== 'X')
                return true;
        }
        catch {
            /* exited while we looked */
        }
    }
    return false;
}
/** Resolves once nothing of a stopped child's tree runs any more (bounded by TREE_GONE_MS). */
function treeGone(pid) {
    const deadline = Date.now() + TREE_GONE_MS;
    return new Promise((done) => {
        const check = () => {
            if (!groupAlive(pid) || Date.now() > deadline)
                done();
            else
                setTimeout(check, 50);
        };
        check();
    });
}
/** Stops a child's tree: SIGTERM, then SIGKILL after a grace period if any of it still runs. */
function terminate(pid) {
    void stopTree(pid, 'SIGTERM');
    setTimeout(() => running.has(pid) && void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
}
/** Stops every running child's tree: SIGTERM, then SIGKILL after a grace period. */
function cancelAll() {
    cancelled = true;
    const pids = [...running];
    for (const pid of pids)
        void stopTree(pid, 'SIGTERM');
    if (pids.length === 0)
        return Promise.resolve();
    return new Promise((resolveDone) => {
        const timer = setTimeout(() => {
            for (const pid of pids)
                if (running.has(pid))
                    void stopTree(pid, 'SIGKILL');
            resolveDone();
        }, KILL_GRACE_MS);
        timer.unref();
        const poll = setInterval(() => {
            if (pids.every((p) => !running.has(p))) {
                clearInterval(poll);
                clearTimeout(timer);
                resolveDone();
            }
        }, 50);
        poll.unref();
    });
}
/** The last `max` bytes of a stream, and how many came before them. */
class Tail {
    max;
    chunks = [];
    size = 0;
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        if (chunk.length >= this.max) {
            this.dropped += this.size + chunk.length - this.max;
            // A copy: a view would keep the whole chunk alive.
            this.chunks = [Buffer.from(chunk.subarray(chunk.length - this.max))];
            this.size = this.max;
            return;
        }
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max) {
            const first = this.chunks[0];
            const over = this.size - this.max;
            if (first.length <= over) {
                this.chunks.shift();
                this.size -= first.length;
                this.dropped += first.length;
            }
            else {
                this.chunks[0] = first.subarray(over);
                this.size -= over;
                this.dropped += over;
            }
        }
    }
    /** The kept bytes as text; when the start was dropped, from the first whole line on. */
    text() {
        const s = Buffer.concat(this.chunks).toString('utf8');
        if (this.dropped === 0)
            return s;
        const nl = s.indexOf('\n');
        return nl >= 0 && nl < 64 * 1024 ? s.slice(nl + 1) : s.replace(/^\uFFFD+/, '');
    }
}
/** Splits a byte stream into lines (UTF-8 safe across chunks), each cut at `max` characters. */
class LineSplitter {
    onLine;
    max;
    partial = '';
    cut = 0;
    decoder = new external_node_string_decoder_namespaceObject.StringDecoder('utf8');
    constructor(onLine, max = MAX_LINE_CHARS) {
        this.onLine = onLine;
        this.max = max;
    }
    write(chunk) {
        this.feed(this.decoder.write(chunk));
    }
    end() {
        this.feed(this.decoder.end());
        if (this.partial !== '' || this.cut > 0)
            this.emit();
    }
    feed(text) {
        for (let start = 0;;) {
            const nl = text.indexOf('\n', start);
            this.append(nl < 0 ? text.slice(start) : text.slice(start, nl));
            if (nl < 0)
                return;
            this.emit();
            start = nl + 1;
        }
    }
    append(piece) {
        const room = Math.max(0, this.max - this.partial.length);
        if (piece.length <= room)
            this.partial += piece;
        else {
            this.partial += piece.slice(0, room);
            this.cut += piece.length - room;
        }
    }
    emit() {
        const line = this.partial.replace(/\r$/, '');
        const note = this.cut > 0 ? ` … [${this.cut} characters cut]` : '';
        this.partial = '';
        this.cut = 0;
        this.onLine(line + note);
    }
}
/** Reads one output stream of a child: echoed, split into lines for a callback, its tail kept. */
function readStream(stream, keep, 
/** Where the output is copied as it arrives (the stage's log or our stdout); none when not echoed. */
echo, onLine) {
    const tail = new Tail(keep);
    const lines = onLine ? new LineSplitter(onLine) : undefined;
    stream.on('data', (chunk) => {
        tail.push(chunk);
        echo?.write(chunk);
        lines?.write(chunk);
        holdWhileStdoutIsFull(stream);
    });
    return { tail, ...(lines ? { lines } : {}) };
}
/**
 * Backpressure from our own stdout. Written to a pipe (the runner reads the step's log through
 * one), stdout queues what its reader has not taken yet in memory; a child that prints faster
 * than that reader would grow the queue without bound. Whatever a chunk made us print (the echo,
 * or log lines written by a line handler), the child's stream waits until stdout has drained.
 */
function holdWhileStdoutIsFull(stream) {
    if (!process.stdout.writableNeedDrain)
        return;
    stream.pause();
    process.stdout.once('drain', () => stream.resume());
}
/** Runs a program with an argv array. Never throws for a failing program: look at `code`. */
const exec = (cmd, args, opts = {}) => {
    if (cancelled)
        return Promise.resolve({ code: 130, stdout: '', stderr: '', ms: 0, killed: 'cancelled' });
    const started = Date.now();
    const echo = opts.echo ?? 'all';
    const keep = opts.keepBytes ?? OUTPUT_TAIL_BYTES;
    // The running stage's own log when stages overlap (see stage-log.ts), else our stdout.
    const sink = (0,log_sink/* outputSink */.vS)();
    const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, [...args], {
        cwd: opts.cwd,
        env: opts.env ?? process.env,
        shell: false,
        detached: process.platform !== 'win32',
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
    });
    const out = readStream(child.stdout, keep, echo === 'all' ? sink : undefined, opts.onStdoutLine);
    const err = readStream(child.stderr, keep, echo !== 'none' ? sink : undefined, opts.onStderrLine);
    const state = {};
    if (child.pid !== undefined) {
        running.add(child.pid);
        opts.onSpawn?.(child.pid);
    }
    let timer;
    let closed = false;
    child.stdin.on('error', () => {
        /* child exited before reading its input */
    });
    const feed = (text) => {
        if (closed)
            return;
        timer = stopAfter(child, opts.timeoutMs, state);
        child.stdin.end(text);
    };
    if (typeof opts.input === 'object')
        void opts.input.then(feed, () => feed(''));
    else
        feed(opts.input ?? '');
    child.on('error', (e) => {
        state.spawnError = e.message;
    });
    const leftovers = stopLeftovers(child);
    return new Promise((resolveResult) => {
        child.on('close', (code, signal) => {
            closed = true;
            if (timer)
                clearTimeout(timer);
            leftovers.cancel();
            out.lines?.end();
            err.lines?.end();
            if (cancelled && signal)
                state.killed = state.killed ?? 'cancelled';
            const res = resultOf(cmd, code, signal, out.tail, err.tail, state);
            // A stopped child's result waits for the rest of its tree (a build's rustc, the cache worker's
            // tar): whoever cleans up after it must not race processes still writing.
            const gone = (state.killed || cancelled) && child.pid !== undefined ? treeGone(child.pid) : Promise.resolve();
            void gone.then(() => {
                if (child.pid !== undefined)
                    running.delete(child.pid);
                resolveResult({ ...res, ms: Date.now() - started });
            });
        });
    });
};
/** Stops the child's tree after timeoutMs (marking it timed out); the timer, or none without a bound. */
function stopAfter(child, timeoutMs, state) {
    if (timeoutMs === undefined || child.pid === undefined)
        return undefined;
    const pid = child.pid;
    const timer = setTimeout(() => {
        state.killed = 'timeout';
        terminate(pid);
    }, timeoutMs);
    timer.unref();
    return timer;
}
/**
 * 'close' waits for the output pipes, which a background process the child started (and left
 * running) may hold open forever. Once the child itself has exited, give its output a moment,
 * then stop what is left of its process group and stop waiting.
 */
function stopLeftovers(child) {
    let leftovers;
    child.on('exit', () => {
        if (child.pid === undefined)
            return;
        const pid = child.pid;
        leftovers = setTimeout(() => {
            void stopTree(pid, 'SIGTERM');
            setTimeout(() => void stopTree(pid, 'SIGKILL'), KILL_GRACE_MS).unref();
            child.stdout.destroy();
            child.stderr.destroy();
        }, LEFTOVER_GRACE_MS);
        leftovers.unref();
    });
    return { cancel: () => leftovers && clearTimeout(leftovers) };
}
function resultOf(cmd, code, signal, out, err, state) {
    const { killed, spawnError } = state;
    const exitCode = spawnError ? 127 : (code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 1) : 1));
    const stderr = err.text();
    return {
        code: exitCode,
        stdout: out.text(),
        // A program that could not start printed nothing: say why where callers look for the reason.
        stderr: spawnError && stderr === '' ? `${cmd} could not be started: ${spawnError}\n` : stderr,
        ...(out.dropped ? { stdoutDropped: out.dropped } : {}),
        ...(err.dropped ? { stderrDropped: err.dropped } : {}),
        ms: 0,
        ...(killed ? { killed } : {}),
        ...(spawnError ? { spawnError } : {}),
    };
}
/** Formats an argv for logs, quoting arguments that contain spaces or shell metacharacters. */
function formatCommand(cmd, args) {
    return [cmd, ...args]
        .map((a) => (a === '' || /[^\w@%+=:,./-]/.test(a) ? `'${a.replace(/'/g, `'\\''`)}'` : a))
        .join(' ');
}


/***/ }),

/***/ 1318:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MB: () => (/* binding */ setInputSurface),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   io: () => (/* binding */ inputRef),
/* harmony export */   oi: () => (/* binding */ inputProblem)
/* harmony export */ });
let surface = 'action';
/** Sets how messages name inputs, for the whole process; the entry point calls it before anything else. */
function setInputSurface(to) {
    surface = to;
}
/** An input as the user wrote it: `Input "stages"` in the action, `Option --stages` in the CLI. */
function inputRef(name) {
    return surface === 'cli' ? `Option --${name}` : `Input "${name}"`;
}
/** The one sentence for a bad value: names the input, quotes the value, says what is allowed. */
function inputProblem(name, value, allowed) {
    return `${inputRef(name)} has an invalid value ${JSON.stringify(value)}: ${allowed}`;
}
/** An input the user got wrong: names the input, quotes the value, says what is allowed. */
class InputError extends Error {
    input;
    value;
    allowed;
    constructor(input, value, allowed) {
        super(inputProblem(input, value, allowed));
        this.input = input;
        this.value = value;
        this.allowed = allowed;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 8793:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   a6: () => (/* binding */ INPUT_SPECS),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   mm: () => (/* binding */ inputSpec),
/* harmony export */   xo: () => (/* binding */ DENY_CHECKS),
/* harmony export */   zR: () => (/* binding */ MAX_PARTITIONS)
/* harmony export */ });
// The single list of inputs: action.yml, the README's tables and the CLI's options and --help are
// generated from INPUT_SPECS (npm run gen:action; a unit test checks action.yml), and InputName,
// derived from it, is the only way code names an input: a misspelt name does not compile.
/** Every stage, in the order a run takes them (pipeline order: fmt, clippy, test, coverage, audit, deny, build, docker, publish). */
const STAGES = ['fmt', 'clippy', 'test', 'coverage', 'audit', 'deny', 'build', 'docker', 'publish'];
/** Most shards a planned test cell may be split into (GitHub runs at most 256 jobs per matrix). */
const MAX_PARTITIONS = 64;
/** Every input, in the order action.yml and the README list them. */
const INPUT_SPECS = [
    {
        name: 'stages',
        default: 'fmt, clippy, test',
        description: `Stages to run, separated by commas or newlines, in any order (they always run in pipeline order). Allowed: ${STAGES.join(', ')}.`,
    },
    {
        name: 'working-directory',
        default: '.',
        description: 'Directory holding the Cargo.toml of the crate or workspace, relative to the repository root.',
    },
    {
        name: 'toolchains',
        default: '',
        description: 'Toolchains for the test matrix, e.g. "stable, beta, 1.80": a rustup channel or version, "msrv" (the rust-version in Cargo.toml) or "stable-N" (N releases before the installed stable, e.g. stable-2). Empty: the one rust-toolchain(.toml) names, else stable. The first one that is not msrv also runs fmt, clippy and the other stages.',
    },
    {
        name: 'feature-sets',
        default: 'default',
        description: 'Feature sets for the test matrix, separated by commas or newlines: "default", "all" (--all-features), "none" (--no-default-features), or features joined by "+" (e.g. "serde+tokio", "none+std").',
    },
    {
        name: 'parallel',
        default: 'true',
        description: 'Run stages that do not compete for the build directory at the same time (fmt beside clippy, audit beside the builds), each log printed whole. false: one stage after another.',
    },
    { name: 'fail-fast', default: 'false', description: 'Stop the test matrix at the first failing cell.' },
    {
        name: 'test-runner',
        default: 'cargo',
        description: 'Test runner: "cargo" (cargo test) or "nextest" (cargo nextest run, then cargo test --doc).',
    },
    {
        name: 'test-args',
        default: '',
        description: 'Extra arguments for cargo test, e.g. "--workspace". Split like a shell would split them, but never run through a shell.',
    },
    {
        name: 'clippy-args',
        default: '',
        description: 'Extra arguments passed to clippy after "--", e.g. "-W clippy::pedantic".',
    },
    { name: 'clippy-deny-warnings', default: 'true', description: 'Treat clippy warnings as errors (-D warnings).' },
    {
        name: 'max-annotations',
        default: '20',
        description: 'Most annotations emitted per step (errors first); the summary says how many more there were.',
    },
    {
        name: 'cache',
        default: 'true',
        description: 'Restore and save the shared cache (cargo registry, git deps, target/, tools, advisory DB).',
    },
    { name: 'shared-key', default: '', description: 'Cache key shared across jobs; replaces the job id in the key.' },
    {
        name: 'cache-key-suffix',
        default: '',
        description: 'Extra text added to the cache key and to every restore key, to start a fresh cache.',
    },
    { name: 'cache-on-failure', default: 'false', description: 'Save the cache even when the pipeline failed.' },
    {
        name: 'cache-save',
        default: 'auto',
        description: 'When to save the cache: "auto" (on push, schedule, workflow_dispatch and merge_group; on pull_request only when nothing was restored; on no other event), "always", "never", or "true"/"false" (e.g. the expression github.ref == \'refs/heads/main\'). pull_request_target, workflow_run and issue_comment runs share the base branch\'s cache scope while testing other code: they save only with "always", never with "true".',
    },
    {
        name: 'cache-directories',
        default: '',
        description: 'Extra paths to cache, separated by newlines or commas, inside the workspace or the home directory (~ and $HOME are expanded). Credential locations (~/.ssh, ~/.aws, ~/.docker, cargo credentials, …) and glob patterns are refused.',
    },
    {
        name: 'cache-restore-timeout',
        default: '120',
        description: 'Seconds the cache restore may take before it is abandoned (the run then continues cold).',
    },
    {
        name: 'coverage-fail-under',
        default: '',
        description: 'Fail the coverage stage when line coverage is below this percent (0-100). Empty: never fail on coverage.',
    },
    {
        name: 'coverage-dir',
        default: 'coverage',
        description: 'Directory (relative to working-directory) for the Cobertura XML, lcov and JSON coverage files.',
    },
    { name: 'tarpaulin-args', default: '', description: 'Extra arguments for cargo tarpaulin.' },
    {
        name: 'audit-db',
        default: '',
        description: 'Path to a local RustSec advisory database (a git checkout). Empty: the cached copy, fetched when older than a day.',
    },
    {
        name: 'audit-ignore',
        default: '',
        description: 'Advisory ids to ignore, separated by commas or newlines (e.g. RUSTSEC-2020-0071).',
    },
    {
        name: 'audit-deny-warnings',
        default: 'false',
        description: 'Fail the audit stage on warnings too (unmaintained, unsound, yanked).',
    },
    {
        name: 'deny-config',
        default: '',
        description: "cargo-deny configuration for the deny stage (relative to working-directory). Empty: deny.toml of the workspace when there is one, else cargo-deny's defaults without the licenses check.",
    },
    {
        name: 'deny-checks',
        default: 'advisories, bans, licenses, sources',
        description: 'Checks the deny stage runs, separated by commas or newlines. Allowed: advisories, bans, licenses, sources.',
    },
    {
        name: 'auditable',
        default: 'true',
        description: 'Build release binaries with cargo auditable (the dependency list embedded in the binary) and check each with cargo audit bin before it ships.',
    },
    {
        name: 'tool-mirror',
        default: '',
        description: 'Base URL to download prebuilt cargo tools from instead of their GitHub releases (for GHES or a mirror), laid out as <base>/<tool>/<version>/<release archive>. An archive is only downloaded when its sha256 is known (built-in table or the RUST_PIPELINE_TOOL_CHECKSUMS file); otherwise the tool is built with cargo install.',
    },
    { name: 'cargo-audit-version', default: '0.22.2', description: 'cargo-audit version to use.' },
    { name: 'cargo-tarpaulin-version', default: '0.37.2', description: 'cargo-tarpaulin version to use.' },
    {
        name: 'cargo-nextest-version',
        default: '0.9.123',
        description: 'cargo-nextest version to use when test-runner is nextest.',
    },
    { name: 'cargo-deny-version', default: '0.20.2', description: 'cargo-deny version to use (deny stage).' },
    {
        name: 'cargo-auditable-version',
        default: '0.7.7',
        description: 'cargo-auditable version to use for auditable release builds.',
    },
    {
        name: 'target',
        default: '',
        description: 'Target triple for the build stage, e.g. x86_64-unknown-linux-musl. Empty: the host. Same as a one-element targets.',
    },
    {
        name: 'targets',
        default: '',
        description: 'Target triples for the build stage, separated by commas or newlines (e.g. x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, x86_64-pc-windows-gnu): each is built, its header verified and packed into a reproducible <bin>-<version>-<target>.tar.gz (.zip for Windows) with a SHA256SUMS. Foreign Linux and Windows targets get their C cross toolchain (apt-get) and missing standard libraries (rustup target add). Empty: the target input.',
    },
    {
        name: 'archive-files',
        default: '',
        description: "Files packed beside the binary in each release archive, relative to the package's directory, separated by commas or newlines. Empty: the package's README*, LICENSE* and CHANGELOG*.",
    },
    {
        name: 'static',
        default: 'auto',
        description: 'Build a statically linked binary and verify it: "true", "false", or "auto" (true for linux targets).',
    },
    {
        name: 'profile',
        default: 'release',
        description: 'Build profile: "release", or "size" (opt-level z, lto, codegen-units 1, strip, panic abort; set through CARGO_PROFILE_RELEASE_* env, your files are not edited).',
    },
    { name: 'bin', default: '', description: "Binary to build. Empty: the package's only binary." },
    {
        name: 'docker-image',
        default: '',
        description: 'Image name(s) to build and push, separated by commas or newlines, e.g. ghcr.io/acme/svc.',
    },
    {
        name: 'dockerfile',
        default: '',
        description: 'Dockerfile to build. Empty: the Dockerfile in working-directory, else a generated FROM scratch one around the static binary.',
    },
    {
        name: 'docker-context',
        default: '',
        description: 'Build context. Empty: working-directory (or a temporary context holding only the binary for the generated Dockerfile).',
    },
    { name: 'docker-build-args', default: '', description: 'Build arguments, one KEY=VALUE per line.' },
    {
        name: 'docker-labels',
        default: '',
        description: 'Extra image labels, one KEY=VALUE per line (OCI labels are added automatically).',
    },
    {
        name: 'docker-platforms',
        default: '',
        description: 'Image platforms, e.g. linux/amd64,linux/arm64. Empty: one per Linux binary the build stage made (x86_64-*-linux-* → linux/amd64, aarch64-*-linux-* → linux/arm64, armv7-*-linux-* → linux/arm/v7); each entry needs a binary built for it. Several platforms: one image each, pushed by digest, and one manifest list per tag (no buildx needed).',
    },
    {
        name: 'docker-tags',
        default: '',
        description: 'Extra tags, separated by commas or newlines. Start the list with "!" to use only these tags instead of the ones derived from the git ref.',
    },
    {
        name: 'push',
        default: 'auto',
        description: 'Push the image: "true", "false", or "auto" (push only version tags such as v1.2.3: on push events, published releases and workflow_dispatch runs on the tag; never on branches or pull requests).',
    },
    {
        name: 'docker-registry',
        default: '',
        description: 'Registry to log in to, as host or host:port (e.g. ghcr.io, registry.example.com:5000). Empty: derived from the image name (docker.io when it has no host).',
    },
    { name: 'docker-username', default: '', description: 'Registry user name.' },
    {
        name: 'docker-password',
        default: '',
        description: 'Registry password or token; passed to docker with --password-stdin only, and masked.',
    },
    {
        name: 'push-retries',
        default: '3',
        description: 'How many times a push is retried (with backoff) after a network error.',
    },
    {
        name: 'github-release',
        default: 'auto',
        description: 'When the publish stage (and mode: merge of a release matrix) publishes the GitHub Release of the tag with every archive and SHA256SUMS: "auto" (on a push of a version tag such as v1.2.3 and on a published release event; never on branches or pull requests), "true" (on any run on a tag; a ref that is not a tag is an error) or "false".',
    },
    {
        name: 'github-token',
        default: '${{ github.token }}',
        description: "Token for publishing the GitHub Release; it needs the contents: write permission. Default: the job's token. Masked, and passed to no command or child process.",
    },
    {
        name: 'smoke-test',
        default: 'auto',
        description: 'Run the image before any push: "http" (start it, wait for a 2xx on health-path, stop it with SIGTERM and require exit 0 within stop-timeout), "command" (run it once with smoke-args, require exit 0), "none", or "auto" (http when health-port is set or the image EXPOSEs a port, else none).',
    },
    {
        name: 'health-path',
        default: '/health',
        description: 'The path the http smoke test polls with GET until it answers 2xx; starts with "/".',
    },
    {
        name: 'health-port',
        default: '',
        description: "The container port the http smoke test polls (1-65535); the image must EXPOSE it. Empty: the image's first exposed TCP port. The generated FROM scratch image EXPOSEs it.",
    },
    {
        name: 'health-timeout',
        default: '30',
        description: 'Seconds the http smoke test waits for the image to answer health-path with a 2xx (1-600).',
    },
    {
        name: 'stop-timeout',
        default: '10',
        description: 'Grace period in seconds after SIGTERM (docker stop -t) within which the smoke-tested container must exit with code 0 (0-300).',
    },
    {
        name: 'smoke-args',
        default: '--version',
        description: 'Arguments for the command smoke test (smoke-test: command), split like a shell would (no expansion).',
    },
    {
        name: 'mode',
        default: 'run',
        description: 'What this step does: "run" (the stages), "plan" (set the matrix output for a strategy.matrix of one job per cell; runs no cargo) or "merge" (one summary, outputs and annotations from the JSON reports of the cell jobs).',
    },
    {
        name: 'os',
        default: '',
        description: 'Runner labels the planned matrix runs on, separated by commas or newlines (mode: plan), e.g. "ubuntu-latest, windows-latest". Empty: the current runner\'s image, derived from ImageOS (ubuntu24 → ubuntu-24.04, win22 → windows-2022, macos14 → macos-14; "-arm" on ARM64 Linux), else from RUNNER_OS (ubuntu-latest, windows-latest, macos-latest).',
    },
    {
        name: 'partitions',
        default: '1',
        description: `Shards per test cell in the planned matrix (1-${MAX_PARTITIONS}); each shard runs "cargo nextest run --partition hash:k/N" in its own job and doc tests run in shard 1 only. More than 1 needs test-runner: nextest.`,
    },
    {
        name: 'cell',
        default: '',
        description: 'One entry of the planned matrix as JSON (e.g. the expression toJSON(matrix)): the test stage runs exactly that cell (toolchain, feature set, shard) and the report records it. Other fields are ignored.',
    },
    {
        name: 'reports',
        default: '',
        description: 'mode: merge: the folder (searched recursively, e.g. the download-artifact path) or glob (e.g. "reports/**/report.json") of the cell jobs\' JSON reports.',
    },
    {
        name: 'matrix',
        default: '',
        description: 'mode: merge: the planned matrix JSON (the expression needs.plan.outputs.matrix), so that a planned cell without a report is named as missing.',
    },
];
const SPEC_BY_NAME = new Map(INPUT_SPECS.map((s) => [s.name, s]));
/** The spec of one input. */
function inputSpec(name) {
    const spec = SPEC_BY_NAME.get(name);
    if (!spec)
        throw new Error(`internal: unknown input ${name}`);
    return spec;
}
/** What a step does: run the stages, plan a job matrix, or merge the reports of its jobs. */
const MODES = ['run', 'plan', 'merge'];
/** The cargo-deny checks, in cargo-deny's order. */
const DENY_CHECKS = ['advisories', 'bans', 'licenses', 'sources'];


/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ cellName)
/* harmony export */ });
/** The readable name of a planned cell (the planner, the merge and the cell schema name cells alike): "ubuntu-latest / stable / all (2/3)". */
function cellName(c) {
    const shard = c.partition ? ` (${c.partition.index}/${c.partition.count})` : '';
    return `${c.os} / ${c.toolchain} / ${c.features}${shard}`;
}


/***/ }),

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ withSink),
/* harmony export */   GW: () => (/* binding */ guardedStdout),
/* harmony export */   hO: () => (/* binding */ ownCommands),
/* harmony export */   vS: () => (/* binding */ outputSink)
/* harmony export */ });
/* unused harmony exports CommandGuard, guardWorkflowCommands, closeGuard */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
// Where the output of the child processes of the running code goes: our own stdout, or (when
// stages overlap) the running stage's own log, selected through AsyncLocalStorage so that exec
// finds it without being handed it. See stage-log.ts.
//
// Under Actions our stdout is also the channel of workflow commands (`::error …`, `::add-mask::`,
// `::group::`, …), and the repository's code (tests, build scripts) prints into it. So everything
// we echo that is not one of our own commands goes inside a `::stop-commands::<token>` …
// `::<token>::` span, with a token the repository's code cannot guess: the runner ignores every
// command inside such a span, a forged `::stop-commands::x` included. Our own commands are issued
// only between spans (ownCommands). GitHub documents stopping commands for exactly this use:
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#stopping-and-starting-workflow-commands


/**
 * Keeps what it writes from being read as workflow commands. Without a token (the CLI) it writes
 * straight through. With one, text opens a span when none is open, and `commands` closes it first.
 * Spans are opened and closed on line boundaries (the runner reads commands line by line).
 */
class CommandGuard {
    out;
    token;
    open = false;
    atLineStart = true;
    constructor(out, token) {
        this.out = out;
        this.token = token;
    }
    /** Writes output that must not issue commands: a child's output, or our own plain log lines. */
    text(chunk) {
        if (chunk.length === 0)
            return;
        if (this.token && !this.open) {
            this.out.write(`${this.atLineStart ? '' : '\n'}::stop-commands::${this.token}\n`);
            this.open = true;
        }
        this.out.write(chunk);
        const last = typeof chunk === 'string' ? chunk.charCodeAt(chunk.length - 1) : chunk[chunk.length - 1];
        this.atLineStart = last === 0x0a;
    }
    /** Runs fn, which writes our own workflow commands (whole lines), outside any span. */
    commands(fn) {
        this.close();
        try {
            return fn();
        }
        finally {
            this.atLineStart = true;
        }
    }
    /** Ends the open span, if any (at the end of a step, and before each of our commands). */
    close() {
        if (!this.open)
            return;
        this.out.write(`${this.atLineStart ? '' : '\n'}::${this.token}::\n`);
        this.open = false;
        this.atLineStart = true;
    }
}
const stdout = { write: (chunk) => process.stdout.write(chunk) };
let guard = new CommandGuard(stdout);
/**
 * Turns the guard on for this process with a fresh token (the action's main and post steps; the
 * CLI prints plainly). 128 random bits: the repository's code cannot guess it, and the runner masks it.
 */
function guardWorkflowCommands(token = randomBytes(16).toString('hex')) {
    guard.close();
    guard = new CommandGuard(stdout, token);
}
/** Our stdout for output that must stay inert: child output, replayed stage logs, plain log lines. */
const guardedStdout = { write: (chunk) => guard.text(chunk) };
/** Runs fn, which issues our own workflow commands (annotations, groups, masks, outputs), outside any span. */
function ownCommands(fn) {
    return guard.commands(fn);
}
/** Closes the open span: call before the step ends. */
function closeGuard() {
    guard.close();
}
const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/** Runs fn with `sink` as the destination of its children's output. */
function withSink(sink, fn) {
    return current.run(sink, fn);
}
/** Where child output goes now: the running stage's log, or our own stdout (guarded). */
function outputSink() {
    return current.getStore() ?? guardedStdout;
}


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   aY: () => (/* binding */ findOnPath),
/* harmony export */   c_: () => (/* binding */ targetDirOf),
/* harmony export */   dJ: () => (/* binding */ findUp),
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   lt: () => (/* binding */ homeOf),
/* harmony export */   nN: () => (/* binding */ cargoHomeOf),
/* harmony export */   zf: () => (/* binding */ workspaceDir)
/* harmony export */ });
/* unused harmony exports toolDirOf, actionTempDir */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/** Removes ANSI colour and cursor sequences (Node's own stripper, under the name the parsers use). */
const stripAnsi = node_util__WEBPACK_IMPORTED_MODULE_2__.stripVTControlCharacters;
/**
 * Makes a path that a tool printed (absolute, or relative to `base`) relative to the repository
 * root, with forward slashes, as GitHub wants for annotations. Paths outside the repository
 * (e.g. in ~/.cargo/registry) come back undefined.
 */
function repoRelative(file, base, repoRoot) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(file) ? file : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(base, file);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(repoRoot, abs);
    if (rel === '' || rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel))
        return undefined;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/');
}
/** True when `path` is `dir` or lies below it (compared without case where the file system ignores it). */
function isInside(path, dir) {
    const fold = process.platform === 'win32' || process.platform === 'darwin';
    const rel = fold ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(dir.toLowerCase(), path.toLowerCase()) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(rel));
}
/**
 * The first of `names` that exists in `dir` or a directory above it, up to and including `stopAt`
 * (a `dir` outside `stopAt` is searched alone).
 */
function findUp(dir, stopAt, names) {
    for (let cur = dir;; cur = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cur)) {
        for (const name of names) {
            const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cur, name);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                return p;
        }
        if (cur === stopAt || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cur) === cur || !isInside(cur, stopAt))
            return undefined;
    }
}
/** The user's home directory: HOME (USERPROFILE on Windows), else the OS's answer. */
function homeOf(env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(env.HOME || env.USERPROFILE || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)());
}
function cargoHomeOf(env) {
    return env.CARGO_HOME ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(env.CARGO_HOME) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(homeOf(env), '.cargo');
}
/**
 * Where the action keeps its tools and the advisory database: under CARGO_HOME, so that the
 * shared cache carries them (main and post both work it out from the environment).
 */
function toolDirOf(env) {
    return join(cargoHomeOf(env), 'rust-pipeline');
}
/**
 * The target directory of a crate or workspace at `cwd`: what cargo metadata said, else
 * CARGO_TARGET_DIR (relative to `cwd`), else `<cwd>/target`.
 */
function targetDirOf(cwd, env, fromMetadata) {
    if (fromMetadata)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, fromMetadata);
    return env.CARGO_TARGET_DIR ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(cwd, env.CARGO_TARGET_DIR) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, 'target');
}
/**
 * `path` with every symlink resolved, also when its last parts do not exist yet (the nearest
 * existing ancestor is resolved and the rest appended).
 */
function realPathOf(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
    const rest = [];
    for (let cur = abs;; cur = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cur)) {
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(cur), ...rest.reverse());
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(cur) === cur)
                return abs;
            rest.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(cur));
        }
    }
}
/**
 * Visits every entry below `dir`, depth first; `visit` returns true to descend into a directory.
 * Entries that cannot be read are passed over. `follow: false` sees symlinks as links (lstat).
 */
function walkTree(dir, visit, o, depth = 0) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
        let st;
        try {
            st = o.follow ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p);
        }
        catch {
            continue;
        }
        if (visit(p, st, depth) === true && st.isDirectory())
            walkTree(p, visit, o, depth + 1);
    }
}
/** The action's scratch directory: RUNNER_TEMP/rust-pipeline on a runner, the system temp directory elsewhere. */
function actionTempDir(env = process.env) {
    return join(env.RUNNER_TEMP ?? tmpdir(), 'rust-pipeline');
}
/** The workspace: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspaceDir(env = process.env) {
    return env.GITHUB_WORKSPACE ?? process.cwd();
}
/** The first file called `exe` in the directories of `pathVar` (a PATH value), as a process start would find it. */
function findOnPath(exe, pathVar) {
    for (const dir of (pathVar ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter)) {
        if (!dir)
            continue;
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, exe);
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile())
                return p;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}


/***/ }),

/***/ 1038:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ overlap),
/* harmony export */   UD: () => (/* binding */ Profiler),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   vE: () => (/* binding */ profileRows)
/* harmony export */ });
/* unused harmony exports OTHER_PHASE, largestRemainder */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// Times each phase of a run and reports each one's share of the whole.

class Profiler {
    now;
    phases = [];
    // The phase that encloses the running code: phases that run at the same time (overlapping
    // stages) each nest their own phases under themselves.
    enclosing = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
    started;
    constructor(now = () => performance.now()) {
        this.now = now;
        this.started = now();
    }
    /**
     * Reserves places for phases that will start later, possibly in another order (overlapping
     * stages): the profile lists them in the order reserved. A reserved phase that never starts is
     * left out.
     */
    reserve(names) {
        const parent = this.enclosing.getStore();
        for (const name of names)
            this.phases.push({ name, depth: parent ? parent.depth + 1 : 0, at: 0, ms: 0, parent, started: false });
    }
    /** Times fn as a phase; phases started inside it are nested under it. */
    async measure(name, fn) {
        const start = this.now();
        const parent = this.enclosing.getStore();
        let entry = this.phases.find((p) => !p.started && p.name === name && p.parent === parent);
        if (!entry) {
            entry = { name, depth: parent ? parent.depth + 1 : 0, at: 0, ms: 0, parent, started: true };
            this.phases.push(entry);
        }
        entry.started = true;
        entry.at = start - this.started;
        try {
            return await this.enclosing.run(entry, fn);
        }
        finally {
            entry.ms = this.now() - start;
        }
    }
    totalMs() {
        return this.now() - this.started;
    }
    /** Every phase that ran, each followed by the phases nested in it. */
    timings() {
        const out = [];
        const visit = (parent) => {
            for (const p of this.phases) {
                if (p.parent !== parent || !p.started)
                    continue;
                out.push({ name: p.name, depth: p.depth, at: p.at, ms: p.ms });
                visit(p);
            }
        };
        visit(undefined);
        return out;
    }
}
/**
 * How much of a set of phases ran at the same time: the wall time they span (the union of their
 * intervals) against the sum of their times.
 */
function overlap(phases) {
    const spans = phases.map((p) => [p.at, p.at + p.ms]).sort((a, b) => a[0] - b[0]);
    let wallMs = 0;
    let end = -Infinity;
    for (const [from, to] of spans) {
        if (to <= end)
            continue;
        wallMs += to - Math.max(from, end);
        end = to;
    }
    return { wallMs, summedMs: phases.reduce((n, p) => n + p.ms, 0) };
}
/**
 * Rows of a phase profile. Shares are of wall time and the top-level rows add up to 100 %: time during which
 * several top-level phases ran at once (overlapping stages) is split evenly between them, and wall time no phase
 * covered is one row of its own ("other"). Nested rows carry no share, so nothing is counted twice.
 */
function profileRows(phases, totalMs) {
    const top = phases.filter((p) => p.depth === 0);
    const wall = wallShares(top, totalMs);
    const rows = phases.map((p) => (p.depth === 0 ? { ...p, share: wall.shares.get(p) } : { ...p }));
    if (wall.otherMs >= 0.5)
        rows.push({ name: OTHER_PHASE, depth: 0, at: 0, ms: wall.otherMs, share: wall.other });
    return rows;
}
/** The row for wall time no phase covered (start-up, reporting). */
const OTHER_PHASE = 'other (outside the phases above)';
/**
 * Each top-level phase's share of the wall time, in percent rounded to one decimal so that the shown values add up
 * to exactly 100.0 (largest remainder).
 */
function wallShares(top, totalMs) {
    const attributed = new Map(top.map((p) => [p, 0]));
    const cuts = [...new Set(top.flatMap((p) => [p.at, p.at + p.ms]))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
        const from = cuts[i];
        const to = cuts[i + 1];
        const running = top.filter((p) => p.at <= from && p.at + p.ms >= to);
        for (const p of running)
            attributed.set(p, attributed.get(p) + (to - from) / running.length);
    }
    const covered = [...attributed.values()].reduce((a, b) => a + b, 0);
    const total = Math.max(totalMs, covered, 1);
    const otherMs = total - covered;
    const parts = [...attributed.values(), otherMs].map((ms) => (ms / total) * 1000);
    const tenths = largestRemainder(parts, 1000);
    return {
        shares: new Map(top.map((p, i) => [p, tenths[i] / 10])),
        other: tenths[top.length] / 10,
        otherMs,
    };
}
/** Rounds non-negative parts to whole numbers that add up to `sum` (Hamilton's method). */
function largestRemainder(parts, sum) {
    const floors = parts.map(Math.floor);
    let left = sum - floors.reduce((a, b) => a + b, 0);
    const order = parts.map((p, i) => [p - Math.floor(p), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
        if (left <= 0)
            break;
        floors[i]++;
        left--;
    }
    return floors;
}
/**
 * A duration as people read it: rounded once, at the precision shown, then carried ("59.96 s" is "1 min 0 s",
 * never "60.0 s"; "119.6 s" is "2 min 0 s", never "1 min 60 s").
 */
function formatMs(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)} ms`;
    const tenths = Math.round(ms / 100);
    if (tenths < 600)
        return `${(tenths / 10).toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
    const minutes = Math.round(ms / 60_000);
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TT: () => (/* binding */ selectAnnotations),
/* harmony export */   Uy: () => (/* binding */ omittedText)
/* harmony export */ });
/* unused harmony export GITHUB_PER_LEVEL */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8992);
// Chooses which findings become annotations. GitHub shows at most 10 error, 10 warning and 10
// notice annotations per step and drops the rest silently, so: errors first, then warnings, then
// notices, at most GITHUB_PER_LEVEL of each and `max` in all; the summary says what was left out.

const RANK = { error: 0, warning: 1, notice: 2 };
/** Annotations GitHub displays per level and step. */
const GITHUB_PER_LEVEL = 10;
function selectAnnotations(findings, max, perLevel = GITHUB_PER_LEVEL) {
    const ranked = findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => RANK[a.f.level] - RANK[b.f.level] || a.i - b.i)
        .map((x) => x.f);
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    const total = { error: 0, warning: 0, notice: 0 };
    const perLevelShown = { error: 0, warning: 0, notice: 0 };
    for (const f of ranked) {
        total[f.level]++;
        if (shown.length < max && perLevelShown[f.level] < perLevel) {
            shown.push(f);
            perLevelShown[f.level]++;
        }
        else {
            omitted[f.level]++;
        }
    }
    return { shown, omitted, total };
}
function omittedText(o) {
    const parts = ['error', 'warning', 'notice'].filter((l) => o[l] > 0).map((l) => (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(o[l], l));
    return parts.length
        ? `${parts.join(', ')} more not shown as annotations (GitHub shows ${GITHUB_PER_LEVEL} per level and step; max-annotations caps the total); every finding is in the log and the JSON report.`
        : undefined;
}


/***/ }),

/***/ 3143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ runCargo),
/* harmony export */   QT: () => (/* binding */ firstToolchain),
/* harmony export */   hb: () => (/* binding */ stageTool),
/* harmony export */   yj: () => (/* binding */ hasLockfile)
/* harmony export */ });
/* harmony import */ var _cargo_commands_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4212);
/* harmony import */ var _cargo_units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8195);
/* harmony import */ var _cargo_metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9899);
/* harmony import */ var _toolchain_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8476);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(788);
/* harmony import */ var _tools_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4640);






/**
 * Whether cargo runs with --locked: when the workspace has a Cargo.lock. Cargo uses the workspace
 * root's lockfile, also when the working directory is a member; the root comes from cargo
 * metadata (asked once per run), the working directory when cargo cannot say.
 */
function hasLockfile(ctx, toolchain) {
    return (0,_cargo_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceHasLockfile */ .zQ)(ctx, toolchain);
}
async function runCargo(ctx, cmd, toolchain, opts = {}) {
    const env = { ...ctx.env, ...(0,_cargo_commands_js__WEBPACK_IMPORTED_MODULE_5__/* .toolchainEnv */ .JL)(toolchain), ...cmd.env };
    const program = cmd.program ?? 'cargo';
    (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .logCommand */ .QW)(ctx.log, program, cmd.args, toolchain);
    const units = cmd.units === 'route' || cmd.units === 'json' ? new _cargo_units_js__WEBPACK_IMPORTED_MODULE_0__/* .UnitCollector */ .uR() : undefined;
    const res = await ctx.exec(program, cmd.args, { ...opts, ...unitRouting(ctx, cmd, units, opts), cwd: ctx.cwd, env });
    if (res.spawnError)
        ctx.log.warning(`${program} could not be started: ${res.spawnError}.${cmd.program ? '' : ' Is Rust installed and on PATH?'}`);
    if (cmd.units)
        (0,_cargo_units_js__WEBPACK_IMPORTED_MODULE_0__/* .recordUnits */ .Zj)(ctx.tempDir, units ? units.result() : 'unknown');
    return cmd.units === 'route' ? { ...res, stdout: (0,_cargo_units_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutCargoMessages */ .pI)(res.stdout) } : res;
}
/**
 * How a command's stdout lines reach the unit ledger. With `route`, cargo's JSON messages go to the
 * ledger only: the log and the stage's own line handler see the rest of the output, as without them.
 */
function unitRouting(ctx, cmd, units, opts) {
    if (!units)
        return {};
    const onLine = opts.onStdoutLine;
    if (cmd.units !== 'route')
        return {
            onStdoutLine: (line) => {
                units.line(line);
                onLine?.(line);
            },
        };
    const echo = opts.echo ?? 'all';
    return {
        echo: echo === 'all' ? 'stderr' : echo,
        onStdoutLine: (line) => {
            if (units.line(line))
                return;
            if (echo === 'all')
                ctx.log.info(line);
            onLine?.(line);
        },
    };
}
/**
 * Makes sure the run's main toolchain (ctx.toolchain: the first one that is not msrv) has
 * `components` (rustup is required only when the toolchains input names one). A toolchain that
 * cannot be had stops the stage with its failure result.
 */
async function firstToolchain(ctx, components) {
    const toolchain = ctx.toolchain;
    try {
        if (toolchain)
            await (0,_toolchain_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureToolchain */ .EC)(ctx, toolchain, components, ctx.inputs.toolchains.length > 0);
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.ok)(toolchain);
    }
    catch (e) {
        if (!(e instanceof _toolchain_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolchainError */ .g8))
            throw e;
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .stop */ .ds)((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .Ke)('failure', `toolchain ${toolchain} unavailable`, {
            findings: [{ level: 'error', title: `toolchain ${toolchain}`, message: e.message }],
        }));
    }
}
/**
 * The tool a stage cannot run without, installed once per run; else the stage stops with
 * "<tool> could not be installed", the installer's message as an error, and `blocks` (what to do) in its section.
 */
async function stageTool(ctx, tool, blocks = () => []) {
    try {
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__.ok)(await (0,_tools_index_js__WEBPACK_IMPORTED_MODULE_4__/* .requireTool */ .Y0)(ctx, tool));
    }
    catch (e) {
        const message = e.message;
        return (0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .stop */ .ds)((0,_context_js__WEBPACK_IMPORTED_MODULE_3__/* .result */ .Ke)('failure', `${tool} could not be installed`, {
            findings: [{ level: 'error', title: tool, message }],
            blocks: blocks(message),
        }));
    }
}


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   w$: () => (/* binding */ lastLines),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
// Small text helpers every layer shares.
/** The last n lines of a command's output, for error messages. */
function lastLines(s, n = 20) {
    return s.trimEnd().split('\n').slice(-n).join('\n');
}
/** "1 file", "3 files"; pass the plural form when it is not the word plus "s". */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** Binary units: "512 B", "2.0 KiB", "1.37 MiB", "1.25 GiB". */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 * 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
    return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GiB`;
}
/** Replaces every occurrence of each secret with `***`: the one scrubber for text that may quote a secret. */
function scrubSecrets(text, secrets) {
    return secrets.reduce((acc, s) => (s ? acc.split(s).join('***') : acc), text);
}


/***/ }),

/***/ 8476:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ ensureToolchain),
/* harmony export */   g8: () => (/* binding */ ToolchainError)
/* harmony export */ });
/* unused harmony exports forgetInstalledToolchains, componentsPresent */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3738);
/* harmony import */ var _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1525);
/* harmony import */ var _cargo_rustup_home_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8537);
// Making sure a toolchain is installed through rustup: the toolchain itself (with the toolchain
// file's profile), the components a stage needs, and the toolchain file's components and targets.





/** A toolchain that is not installed and could not be installed: the message says which and how to fix it. */
class ToolchainError extends Error {
    toolchain;
    constructor(toolchain, message) {
        super(message);
        this.toolchain = toolchain;
        this.name = 'ToolchainError';
    }
}
const INSTALL_TIMEOUT_MS = 20 * 60_000;
// What rustup reported as installed, per RUSTUP_HOME, for the life of this process.
const installedCache = new Map();
const componentCache = new Map();
const fileCache = new Map();
// rustup does not lock a toolchain while it changes it: overlapping stages change them one at a time.
let rustupQueue = Promise.resolve();
function oneAtATime(fn) {
    const p = rustupQueue.then(fn, fn);
    rustupQueue = p.catch(() => undefined);
    return p;
}
function listInstalled(deps) {
    const key = deps.env.RUSTUP_HOME ?? '';
    let p = installedCache.get(key);
    if (!p) {
        const onDisk = (0,_cargo_rustup_home_js__WEBPACK_IMPORTED_MODULE_3__/* .installedOnDisk */ .vf)(deps.env);
        const c = (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .toolchainListCommand */ .p0)();
        p = onDisk
            ? Promise.resolve(onDisk)
            : deps
                .exec(c.cmd, c.args, { env: deps.env, echo: 'none' })
                .then((r) => (r.spawnError || r.code !== 0 ? undefined : (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseToolchainList */ .Xy)(r.stdout)));
        installedCache.set(key, p);
    }
    return p;
}
/** Forgets what rustup reported (after an install, or between tests). */
function forgetInstalledToolchains() {
    installedCache.clear();
    componentCache.clear();
    fileCache.clear();
}
function installHint(toolchain) {
    return (`Check the name in the "toolchains" input (allowed: stable, beta, nightly, or a release such as 1.80 or 1.80.1, optionally dated), ` +
        `make sure this machine can reach the rustup distribution server (or set RUSTUP_DIST_SERVER to a mirror), ` +
        `or install it in an earlier step: rustup toolchain install --profile minimal ${toolchain}`);
}
/**
 * Makes sure `toolchain` (and the given components, e.g. clippy, rustfmt) is installed through
 * rustup: `rustup toolchain install --profile minimal` when it is missing, `rustup component add`
 * when a component is. Throws a ToolchainError naming the toolchain and the fix when that fails.
 * Without rustup, only the cargo on PATH can be used: `requireRustup` decides whether that is an error.
 */
async function ensureToolchain(deps, toolchain, components = [], requireRustup = true) {
    const installed = await listInstalled(deps);
    if (installed === undefined) {
        if (requireRustup) {
            throw new ToolchainError(toolchain, `Toolchain "${toolchain}" cannot be selected: rustup is not installed (or "rustup toolchain list" failed). Install rustup, or remove "${toolchain}" from the "toolchains" input to use the cargo on PATH.`);
        }
        return;
    }
    const file = deps.toolchainFile?.channel === toolchain ? deps.toolchainFile : undefined;
    const fullName = (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .findInstalled */ .c9)(installed, toolchain);
    if (!fullName)
        await installToolchain(deps, toolchain, components, file?.profile);
    else if (components.length)
        await ensureComponents(deps, toolchain, fullName, components);
    if (file)
        await ensureFileNeeds(deps, file);
}
async function installToolchain(deps, toolchain, components, profile) {
    const c = (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .toolchainInstallCommand */ .uK)(toolchain, components, profile);
    deps.log.info(`Toolchain ${toolchain} is not installed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}`);
    const r = await oneAtATime(() => deps.exec(c.cmd, c.args, { env: deps.env, echo: 'stderr', timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS }));
    if (r.killed === 'cancelled')
        throw new ToolchainError(toolchain, `Installing toolchain "${toolchain}" was cancelled.`);
    if (r.code !== 0) {
        const why = r.spawnError ??
            (r.killed === 'timeout'
                ? `it did not finish within ${Math.round((deps.timeoutMs ?? INSTALL_TIMEOUT_MS) / 1000)} s`
                : (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .rustupError */ .kZ)(r.stderr) || `exit code ${r.code}`);
        throw new ToolchainError(toolchain, `Toolchain "${toolchain}" is not installed and "${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}" failed:\n${why}\n${installHint(toolchain)}`);
    }
    installedCache.delete(deps.env.RUSTUP_HOME ?? '');
}
function ensureComponents(deps, toolchain, fullName, components) {
    const key = `${deps.env.RUSTUP_HOME ?? ''}|${toolchain}|${components.join(',')}`;
    let p = componentCache.get(key);
    if (!p) {
        p = oneAtATime(() => addMissingComponents(deps, toolchain, fullName, components));
        componentCache.set(key, p);
        p.catch(() => componentCache.delete(key));
    }
    return p;
}
/** The toolchain file's components and targets, those missing added once per run (first asked by the pipeline's setup step). */
function ensureFileNeeds(deps, file) {
    if (file.components.length === 0 && file.targets.length === 0)
        return Promise.resolve();
    const key = `${deps.env.RUSTUP_HOME ?? ''}|${file.channel}`;
    let p = fileCache.get(key);
    if (!p) {
        const add = async () => {
            await addFromFile(deps, file, 'component');
            await addFromFile(deps, file, 'target');
        };
        p = oneAtATime(add);
        fileCache.set(key, p);
    }
    return p;
}
const FILE_LISTS = {
    component: { list: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .componentListCommand */ .rB, parse: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInstalledComponents */ .A6, add: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .componentAddCommand */ .uY },
    target: { list: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .targetListCommand */ .B4, parse: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInstalledTargets */ .uy, add: _cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .targetAddCommand */ .cX },
};
/** rustup lists a component without the "-preview" some names carry (llvm-tools-preview is llvm-tools). */
const bare = (name) => name.replace(/-preview$/, '');
async function addFromFile(deps, file, kind) {
    const wanted = kind === 'component' ? file.components : file.targets;
    if (wanted.length === 0)
        return;
    const how = FILE_LISTS[kind];
    const l = how.list(file.channel);
    const listed = await deps.exec(l.cmd, l.args, { env: deps.env, echo: 'none' });
    const have = new Set((listed.code === 0 ? how.parse(listed.stdout) : []).map(bare));
    const missing = wanted.filter((w) => !have.has(bare(w)));
    if (missing.length === 0)
        return;
    const c = how.add(file.channel, missing);
    deps.log.info(`${file.file} lists ${kind}s that toolchain ${file.channel} lacks: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}`);
    const r = await deps.exec(c.cmd, c.args, {
        env: deps.env,
        echo: 'stderr',
        timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS,
    });
    if (r.code === 0)
        return;
    const names = missing.map((m) => `"${m}"`).join(', ');
    throw new ToolchainError(file.channel, `${file.file} lists the ${kind}${missing.length > 1 ? 's' : ''} ${names} for toolchain "${file.channel}", and "${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}" failed:\n` +
        `${r.spawnError ?? ((0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .rustupError */ .kZ)(r.stderr) || `exit code ${r.code}`)}\n` +
        `Check the name (rustup ${kind} list --toolchain=${file.channel}), or remove it from ${file.file}.`);
}
/** The programs a component installs into its toolchain's bin/ (checked before asking rustup). */
const COMPONENT_PROGRAMS = {
    rustfmt: ['rustfmt', 'cargo-fmt'],
    clippy: ['cargo-clippy', 'clippy-driver'],
};
/** True when every program of the components is in the toolchain's bin/: no rustup call needed. */
function componentsPresent(rustupHome, fullName, components, platform = process.platform) {
    const bin = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rustupHome, 'toolchains', fullName, 'bin');
    return components.every((c) => {
        const programs = COMPONENT_PROGRAMS[c];
        return (programs !== undefined && programs.every((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bin, platform === 'win32' ? `${p}.exe` : p))));
    });
}
async function addMissingComponents(deps, toolchain, fullName, components) {
    if (componentsPresent((0,_cargo_rustup_home_js__WEBPACK_IMPORTED_MODULE_3__/* .rustupHome */ .Lt)(deps.env), fullName, components))
        return;
    const l = (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .componentListCommand */ .rB)(toolchain);
    const listed = await deps.exec(l.cmd, l.args, { env: deps.env, echo: 'none' });
    const have = listed.code === 0 ? (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseInstalledComponents */ .A6)(listed.stdout) : [];
    const missing = components.filter((c) => !have.includes(c));
    if (missing.length === 0)
        return;
    const c = (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .componentAddCommand */ .uY)(toolchain, missing);
    deps.log.info(`Toolchain ${toolchain} lacks ${missing.join(', ')}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}`);
    const r = await deps.exec(c.cmd, c.args, {
        env: deps.env,
        echo: 'stderr',
        timeoutMs: deps.timeoutMs ?? INSTALL_TIMEOUT_MS,
    });
    if (r.code !== 0) {
        throw new ToolchainError(toolchain, `Toolchain "${toolchain}" has no ${missing.join(' or ')} and "${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(c.cmd, c.args)}" failed:\n${r.spawnError ?? (0,_cargo_rustup_js__WEBPACK_IMPORTED_MODULE_4__/* .rustupError */ .kZ)(r.stderr)}\n` +
            `Some nightly toolchains ship without ${missing.join('/')}: pick another date, or put a toolchain that has it first in the "toolchains" input.`);
    }
}


/***/ }),

/***/ 4172:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ advisoryDbPath),
/* harmony export */   Ar: () => (/* binding */ markerPath),
/* harmony export */   L0: () => (/* binding */ ADVISORY_DB_URL),
/* harmony export */   Zm: () => (/* binding */ markFetched),
/* harmony export */   dj: () => (/* binding */ planAdvisoryDb)
/* harmony export */ });
/* unused harmony export lastFetched */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9373);
// The RustSec advisory database: a git checkout kept under ctx.toolDir (in the action a cache
// entry of its own, keyed by the UTC day, carries it: src/cache/advisory-db-entry.ts), fetched at most
// once per UTC day; or a local copy the `audit-db` input names, which is never fetched.



/** Where cargo-audit fetches the database from (its default; the pipeline passes no other). */
const ADVISORY_DB_URL = 'https://github.com/RustSec/advisory-db.git';
function advisoryDbPath(toolDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(toolDir, 'advisory-db');
}
/** The file recording when the database was last fetched (its own daily cache entry carries it too). */
function markerPath(toolDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(toolDir, 'advisory-db.fetched');
}
function lastFetched(toolDir) {
    try {
        const d = new Date((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(markerPath(toolDir), 'utf8').trim());
        return Number.isNaN(d.getTime()) ? undefined : d;
    }
    catch {
        return undefined;
    }
}
/** Decides which database to use and whether it needs a fetch. */
function planAdvisoryDb(toolDir, inputDb, now) {
    if (inputDb)
        return { path: inputDb, fetch: false, why: 'audit-db input' };
    const path = advisoryDbPath(toolDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, 'crates')))
        return { path, fetch: true, why: 'missing' };
    const fetchedAt = lastFetched(toolDir);
    if (fetchedAt && (0,_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .utcDay */ .dA)(fetchedAt) === (0,_clock_js__WEBPACK_IMPORTED_MODULE_2__/* .utcDay */ .dA)(now))
        return { path, fetch: false, why: 'fetched today', fetchedAt };
    return { path, fetch: true, why: 'stale', ...(fetchedAt ? { fetchedAt } : {}) };
}
/** Records a successful fetch (the daily freshness check reads it). */
function markFetched(toolDir, now) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(toolDir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(markerPath(toolDir), `${now.toISOString()}\n`);
}


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  oW: () => (/* binding */ requireCrossCc),
  Nd: () => (/* binding */ requireMuslCc),
  Y0: () => (/* binding */ requireTool),
  hY: () => (/* binding */ toolBlocks),
  dV: () => (/* binding */ toolData)
});

// UNUSED EXPORTS: actionsToolCache, installOptions, isFallback

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/profiler.ts
var profiler = __nccwpck_require__(1038);
// EXTERNAL MODULE: ./src/context.ts
var context = __nccwpck_require__(788);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/tools/checksums.ts
// Extra trusted sha256 values for tool archives, from a file the workflow names with the
// RUST_PIPELINE_TOOL_CHECKSUMS environment variable. The file uses `sha256sum` output format,
// with paths as laid out on a tool mirror:
//
//   3f5c…e1  cargo-audit/0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz
//
// (`cd mirror && sha256sum */*/*` writes exactly that.) The file lives with the workflow, not on
// the mirror: a checksum served by the same host as the archive would prove nothing.

const CHECKSUMS_ENV = 'RUST_PIPELINE_TOOL_CHECKSUMS';
/** Parses sha256sum output into mirror path → lower-case hex digest. Throws on a malformed line. */
function parseChecksums(text, source) {
    const out = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line);
        if (!m)
            throw new Error(`${source}:${i + 1}: expected "<64 hex digits>  <tool>/<version>/<file>", got ${JSON.stringify(line)}`);
        out.set(m[2].replace(/^\.\//, ''), m[1].toLowerCase());
    });
    return out;
}
/** Reads the file named by RUST_PIPELINE_TOOL_CHECKSUMS; an empty map when the variable is unset. */
function loadChecksums(env) {
    const path = env[CHECKSUMS_ENV];
    if (!path)
        return new Map();
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw new Error(`${CHECKSUMS_ENV} names "${path}", which cannot be read: ${e.message}`, { cause: e });
    }
    return parseChecksums(text, path);
}

// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/tools/download.ts
// A release archive on its way in: fetched with @actions/tool-cache, its sha256 checked before
// anything reads it, then unpacked (zip on Windows releases, tar.gz elsewhere).




/** The archive could not be fetched (server down, refused, HTTP error): the caller may fall back. */
class DownloadError extends Error {
    url;
    constructor(url, reason) {
        super(`could not download ${url}: ${reason}`);
        this.url = url;
        this.name = 'DownloadError';
    }
}
/** The archive arrived but is not the one expected: never fall back silently. */
class ChecksumError extends Error {
    url;
    expected;
    actual;
    constructor(url, expected, actual) {
        super(`sha256 mismatch for ${url}: expected ${expected}, got ${actual}. The archive was deleted and nothing was installed.`);
        this.url = url;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ChecksumError';
    }
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Why a download failed, in a user's words: the HTTP status or the socket error code. */
function describeDownloadError(e) {
    const err = e;
    if (err.httpStatusCode)
        return `HTTP ${err.httpStatusCode}`;
    const code = err.code ?? err.errors?.find((x) => x.code)?.code;
    return code ? `${code}${err.message && !err.message.includes(code) ? ` (${err.message})` : ''}` : err.message;
}
/**
 * Fetches `url` into `dest` (a file: URL is copied: a mirror on a mounted disk) and checks its
 * sha256. On a mismatch `dest` is removed and ChecksumError thrown. Returns the size in bytes.
 */
async function fetchVerified(tc, url, dest, sha256) {
    try {
        if (url.startsWith('file:'))
            await (0,promises_.copyFile)((0,external_node_url_.fileURLToPath)(url), dest);
        else
            await tc.downloadTool(url, dest);
    }
    catch (e) {
        await (0,promises_.rm)(dest, { force: true });
        throw new DownloadError(url, describeDownloadError(e));
    }
    const actual = await sha256File(dest);
    if (actual !== sha256.toLowerCase()) {
        await (0,promises_.rm)(dest, { force: true });
        throw new ChecksumError(url, sha256.toLowerCase(), actual);
    }
    return (await (0,promises_.stat)(dest)).size;
}
/** Unpacks a release archive: .zip (the Windows releases) or .tar.gz/.tgz. */
async function extractArchive(tc, file, dest) {
    if (/\.zip$/i.test(file))
        return tc.extractZip(file, dest);
    if (/\.(tgz|tar\.gz)$/i.test(file))
        return tc.extractTar(file, dest);
    throw new Error(`unknown archive type: ${file} (expected .zip, .tar.gz or .tgz)`);
}

;// CONCATENATED MODULE: ./src/tools/record.ts
// What was installed, recorded next to it, so a copy found later (restored from the shared
// cache, or in the runner's tool cache) is trusted by its hash and not by its `--version` alone.
//
// A downloaded tool is kept in the shared cache as its release archive: on restore the archive's
// sha256 must equal the published one (archives.generated.ts or the checksum file), which nobody who can
// only write the cache can forge. A tool built with cargo install has no published hash: its
// binary's sha256 is recorded at build time, which catches a corrupted or swapped binary, but not
// someone able to rewrite both the binary and its record (docs/coverage-audit.md).



const RECORD_FILE = 'rust-pipeline-install.json';
function writeRecord(dir, record) {
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}
/** The record in dir; undefined when absent or unreadable (then nothing there is trusted). */
function readRecord(dir) {
    try {
        const r = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, RECORD_FILE), 'utf8'));
        if (typeof r.sha256 !== 'string' ||
            typeof r.exe !== 'string' ||
            (r.from !== 'download' && r.from !== 'cargo-install'))
            return undefined;
        return r;
    }
    catch {
        return undefined;
    }
}
/** Why the executable in dir is not the recorded one; undefined when it is. */
async function binaryMismatch(dir, record) {
    let actual;
    try {
        actual = await sha256File((0,external_node_path_.join)(dir, record.exe));
    }
    catch (e) {
        return `${record.exe} cannot be read (${e.code ?? e.message})`;
    }
    return actual === record.sha256 ? undefined : `${record.exe} has sha256 ${actual}, recorded ${record.sha256}`;
}
/**
 * Why the archive kept in dir cannot be trusted: its recorded hash is not the published one, or
 * the file is not what was recorded. Undefined when it is the published archive.
 */
async function archiveMismatch(dir, record, published) {
    const a = record.archive;
    if (!a)
        return 'no archive is recorded';
    if (!published)
        return `no published sha256 is known for ${a.file}`;
    if (a.sha256 !== published)
        return `the recorded sha256 of ${a.file} (${a.sha256}) is not the published ${published}`;
    let actual;
    try {
        actual = await sha256File((0,external_node_path_.join)(dir, a.file));
    }
    catch (e) {
        return `${a.file} cannot be read (${e.code ?? e.message})`;
    }
    return actual === published ? undefined : `${a.file} has sha256 ${actual}, published ${published}`;
}

// EXTERNAL MODULE: ./src/tools/table.ts + 1 modules
var table = __nccwpck_require__(673);
;// CONCATENATED MODULE: ./src/tools/install.ts
// Installs a cargo tool at a pinned version, cheapest source first:
//   1. PATH, when it holds a suitable version (same major.minor line, at least the pinned one);
//   2. the runner's tool cache (@actions/tool-cache), when its install record matches;
//   3. the shared cache (ctx.toolDir, restored with the cargo registry and target/), trusted by
//      hash: a downloaded tool's archive must be the published one (record.ts);
//   4. the prebuilt release archive, only when its sha256 is known, verified before extraction,
//      and used only when it starts here (a missing library or wrong libc falls through to 5);
//   5. `cargo install --locked --version X`.
// Whatever was downloaded or built goes into the tool cache and the shared cache, with its record.









const SOURCE_LABEL = {
    path: 'PATH',
    'tool-cache': 'runner tool cache',
    'shared-cache': 'shared cache (sha256 checked)',
    download: 'download (sha256 verified)',
    'cargo-install': 'cargo install',
};
/** Failure to install a tool: says what was tried. */
class ToolInstallError extends Error {
    tried;
    constructor(tool, version, reason, tried = []) {
        super(`Could not install ${tool} ${version}: ${reason}${tried.length ? `\nTried: ${tried.join('; ')}.` : ''}`);
        this.tried = tried;
        this.name = 'ToolInstallError';
    }
}
function exeName(bin, platform) {
    return platform.startsWith('win32') ? `${bin}.exe` : bin;
}
/** `cargo install` argv for a pinned version into a private root. */
function cargoInstallArgs(crate, version, root) {
    return ['install', '--locked', '--version', version, '--root', root, crate];
}
/** The first x.y.z version in a `--version` output. */
function parseVersion(output) {
    return /\b(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/.exec(output)?.[1];
}
/** Whether a found version may stand in for the pinned one: same compatible line, not older. */
function isSuitable(found, pinned) {
    return semver_default().valid(found) !== null && semver_default().satisfies(found, `^${pinned}`);
}
/** The file called `name` in dir or up to `depth` levels below it, the shallowest first. */
function findFile(dir, name, depth = 3) {
    const entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name === name))
        return (0,external_node_path_.join)(dir, name);
    if (depth === 0)
        return undefined;
    for (const entry of entries) {
        if (entry.isDirectory()) {
            const hit = findFile((0,external_node_path_.join)(dir, entry.name), name, depth - 1);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
async function probe(job, path) {
    const res = await job.o.exec(path, [job.spec.subcommand, '--version'], {
        env: job.o.env,
        echo: 'none',
        timeoutMs: 30_000,
    });
    if (res.spawnError)
        return (0,context/* stop */.ds)(`it could not be started: ${res.spawnError}`);
    if (res.killed)
        return (0,context/* stop */.ds)(`\`--version\` was stopped (${res.killed})`);
    const version = res.code === 0 ? parseVersion(res.stdout + res.stderr) : undefined;
    if (version)
        return (0,context.ok)(version);
    const said = (0,src_text/* lastLines */.w$)(`${res.stderr}\n${res.stdout}`.trim(), 3);
    return (0,context/* stop */.ds)(`\`--version\` exited with code ${res.code}${said ? `: ${said}` : ' and printed nothing'}`);
}
function done(job, source, path, version, detail) {
    const { tool, spec } = job;
    return { tool, version, path, subcommand: spec.subcommand, source, detail, ms: performance.now() - job.started };
}
async function fromPath(job) {
    const onPath = (0,paths/* findOnPath */.aY)(job.exe, job.o.env.PATH ?? job.o.env.Path);
    if (!onPath)
        return undefined;
    const p = await probe(job, onPath);
    if (p.ok && isSuitable(p.value, job.version))
        return done(job, 'path', onPath, p.value, onPath);
    job.tried.push(`PATH has ${onPath} at ${p.ok ? p.value : 'an unknown version'}, not ^${job.version}`);
    return undefined;
}
/** A directory holding the recorded executable at the pinned version; else why not. */
async function checkInstallDir(job, dir, record) {
    if (!record)
        return `no ${RECORD_FILE}`;
    const bad = await binaryMismatch(dir, record);
    if (bad)
        return bad;
    const p = await probe(job, (0,external_node_path_.join)(dir, record.exe));
    if (!p.ok)
        return p.result;
    return p.value === job.version ? undefined : `it reports version ${p.value}`;
}
async function fromToolCache(job) {
    const { o, tool, version } = job;
    const dir = await o.toolCache.find(tool, version, o.arch);
    if (!dir) {
        job.tried.push('not in the runner tool cache');
        return undefined;
    }
    const record = readRecord(dir);
    const bad = await checkInstallDir(job, dir, record);
    if (bad) {
        o.log.warning(`Ignoring ${tool} ${version} in the runner tool cache (${dir}): ${bad}.`);
        job.tried.push(`runner tool cache rejected (${bad})`);
        return undefined;
    }
    if (!readRecord(job.sharedDir))
        keepShared(job, dir, record);
    return done(job, 'tool-cache', (0,external_node_path_.join)(dir, record.exe), version, dir);
}
/** A tool from the shared cache, checked by hash; a copy that fails the check is deleted. */
async function fromSharedCache(job) {
    const { o, tool, version, sharedDir } = job;
    const record = readRecord(sharedDir);
    if (!(0,external_node_fs_.existsSync)(sharedDir) || !record) {
        if ((0,external_node_fs_.existsSync)(sharedDir))
            (0,external_node_fs_.rmSync)(sharedDir, { recursive: true, force: true });
        job.tried.push('not in the shared cache');
        return undefined;
    }
    let bad;
    let dir = sharedDir;
    if (record.from === 'download') {
        bad = await archiveMismatch(sharedDir, record, job.published);
        if (!bad)
            dir = await unpack(job, (0,external_node_path_.join)(sharedDir, record.archive.file), record.archive.file);
    }
    bad ??= await checkInstallDir(job, dir, record);
    if (bad) {
        o.log.warning(`The shared cache's ${tool} ${version} does not match what was recorded when it was installed (${bad}); it is removed and installed again.`);
        (0,external_node_fs_.rmSync)(sharedDir, { recursive: true, force: true });
        job.tried.push(`shared cache rejected (${bad})`);
        return undefined;
    }
    const path = await addToToolCache(job, dir, record);
    return done(job, 'shared-cache', path, version, `${sharedDir} (${record.from}, sha256 ${record.sha256.slice(0, 12)}…)`);
}
/**
 * Extracts an archive into a fresh install directory under staging: the executable, the archive
 * and (written by the caller) the record. Throws ToolInstallError when the archive is unusable.
 */
async function unpack(job, archive, file) {
    const unpacked = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(job.staging, 'unpacked-'));
    try {
        await extractArchive(job.o.toolCache, archive, unpacked);
    }
    catch (e) {
        throw new ToolInstallError(job.tool, job.version, `the archive ${file} could not be extracted: ${e.message}`);
    }
    const bin = findFile(unpacked, job.exe);
    if (!bin)
        throw new ToolInstallError(job.tool, job.version, `the archive ${file} holds no ${job.exe}`);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(job.staging, 'install-'));
    (0,external_node_fs_.copyFileSync)(bin, (0,external_node_path_.join)(dir, job.exe));
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(dir, job.exe), 0o755);
    if (archive !== (0,external_node_path_.join)(dir, file))
        (0,external_node_fs_.copyFileSync)(archive, (0,external_node_path_.join)(dir, file));
    return dir;
}
async function fromDownload(job) {
    const { o, asset, published } = job;
    if (!asset)
        return void job.tried.push(`no prebuilt archive for ${o.platform}`);
    if (!published)
        return void job.tried.push(`no verified sha256 for ${asset.mirrorPath}, so it is not downloaded`);
    const archive = (0,external_node_path_.join)(job.staging, asset.file);
    let bytes;
    try {
        o.log.info(`Downloading ${asset.url}`);
        bytes = await fetchVerified(o.toolCache, asset.url, archive, published);
    }
    catch (e) {
        if (e instanceof ChecksumError)
            throw new ToolInstallError(job.tool, job.version, e.message);
        if (!(e instanceof DownloadError))
            throw e;
        job.tried.push(e.message);
        o.log.info(`${e.message}; building it with cargo install instead.`);
        return undefined;
    }
    const dir = await unpack(job, archive, asset.file);
    const p = await probe(job, (0,external_node_path_.join)(dir, job.exe));
    if (!p.ok) {
        o.log.warning(`The prebuilt ${job.tool} ${job.version} (${asset.file}) does not run on this machine: ${p.result}. Building it with cargo install instead.`);
        job.tried.push(`the prebuilt archive does not run here (${p.result})`);
        return undefined;
    }
    if (p.value !== job.version)
        throw new ToolInstallError(job.tool, job.version, `the archive ${asset.file} holds ${job.exe} ${p.value}, not ${job.version}`);
    const record = {
        ...recordBase(job, 'download'),
        sha256: await sha256File((0,external_node_path_.join)(dir, job.exe)),
        archive: { file: asset.file, sha256: published },
    };
    const path = await commit(job, dir, record);
    const size = `${(bytes / 1048576).toFixed(1)} MB`;
    return done(job, 'download', path, job.version, `${asset.url} (${size}, sha256 ${published.slice(0, 12)}…)`);
}
async function fromBuild(job) {
    const { o, tool, version, spec } = job;
    const root = (0,external_node_path_.join)(job.staging, 'root');
    const args = cargoInstallArgs(spec.crate, version, root);
    (0,context/* logCommand */.QW)(o.log, 'cargo', args);
    // Run away from the project so that its rust-toolchain file does not pick the compiler.
    const res = await o.exec('cargo', args, { cwd: job.staging, env: o.env, echo: 'stderr' });
    if (res.killed)
        throw new ToolInstallError(tool, version, 'cargo install was cancelled', job.tried);
    const built = (0,external_node_path_.join)(root, 'bin', job.exe);
    if (res.code !== 0 || !(0,external_node_fs_.existsSync)(built)) {
        const why = `cargo install failed (exit ${res.code}):\n${(0,src_text/* lastLines */.w$)(res.stderr, 15)}`;
        throw new ToolInstallError(tool, version, why, job.tried);
    }
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(job.staging, 'install-'));
    (0,external_node_fs_.copyFileSync)(built, (0,external_node_path_.join)(dir, job.exe));
    (0,external_node_fs_.chmodSync)((0,external_node_path_.join)(dir, job.exe), 0o755);
    const path = await commit(job, dir, { ...recordBase(job, 'cargo-install'), sha256: await sha256File(built) });
    const p = await probe(job, path);
    const why = job.tried[job.tried.length - 1];
    return done(job, 'cargo-install', path, p.ok ? p.value : version, `cargo ${args.slice(0, 4).join(' ')} ${spec.crate} (${why})`);
}
function recordBase(job, from) {
    return { tool: job.tool, version: job.version, from, exe: job.exe };
}
/** Records dir's content, then keeps it in both caches. Returns the executable's path in the tool cache. */
async function commit(job, dir, record) {
    writeRecord(dir, record);
    keepShared(job, dir, record);
    return addToToolCache(job, dir, record);
}
/**
 * Copies an install into the shared cache: a download as its archive (checked against the
 * published sha256 on restore, and smaller), a build as its executable; with the record, last, so
 * that an interrupted copy leaves no record and is not trusted.
 */
function keepShared(job, dir, record) {
    (0,external_node_fs_.rmSync)(job.sharedDir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(job.sharedDir, { recursive: true });
    const file = record.archive?.file ?? record.exe;
    (0,external_node_fs_.copyFileSync)((0,external_node_path_.join)(dir, file), (0,external_node_path_.join)(job.sharedDir, file));
    writeRecord(job.sharedDir, record);
}
async function addToToolCache(job, dir, record) {
    const { o, tool, version } = job;
    writeRecord(dir, record);
    const cached = await o.toolCache.cacheDir(dir, tool, version, o.arch);
    return (0,external_node_path_.join)(cached, record.exe);
}
async function installTool(tool, version, o) {
    (0,external_node_fs_.mkdirSync)(o.tempDir, { recursive: true });
    const spec = table/* TOOL_TABLE */.kF[tool];
    const asset = (0,table/* assetFor */.Wh)(tool, version, o.platform, o.mirror);
    const job = {
        tool,
        version,
        spec,
        exe: exeName(spec.bin, o.platform),
        o,
        started: performance.now(),
        tried: [],
        staging: (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(o.tempDir, `${tool}-${version}-`)),
        sharedDir: (0,external_node_path_.join)(o.toolDir, tool, version),
        asset,
        published: asset ? (o.checksums.get(asset.mirrorPath) ?? asset.sha256) : undefined,
    };
    try {
        for (const step of [fromPath, fromToolCache, fromSharedCache, fromDownload]) {
            const hit = await step(job);
            if (hit)
                return hit;
        }
        return await fromBuild(job);
    }
    finally {
        (0,external_node_fs_.rmSync)(job.staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/tools/musl.ts
// The C compiler a musl target needs as soon as a dependency builds C code (ring, zstd-sys,
// libsqlite3-sys…): found on PATH, else installed with apt-get (Debian's musl-tools, which is
// what a hosted Ubuntu runner lacks), and handed to cargo as CC_<target>/AR_<target>.



/** Compilers for a musl target, best first: a cross toolchain named after the target, then musl-gcc (host CPU only). */
function muslCcCandidates(target, hostArch) {
    const arch = target.split('-')[0];
    const hostTriple = hostArch === 'x64' ? 'x86_64' : hostArch === 'arm64' ? 'aarch64' : hostArch;
    return [`${arch}-linux-musl-gcc`, ...(arch === hostTriple ? ['musl-gcc'] : [])];
}
/** The variables cargo's `cc` crate reads for one target: CC_x86_64_unknown_linux_musl, AR_…. */
function ccEnv(target, cc, ar) {
    const t = target.replace(/-/g, '_');
    return { [`CC_${t}`]: cc, [`AR_${t}`]: ar };
}
/** Whether the user already chose a C compiler for the target (then it is left alone). */
function userCc(env, target) {
    return env[`CC_${target}`] ?? env[`CC_${target.replace(/-/g, '_')}`] ?? env.TARGET_CC;
}
/** apt-get argv for a package, non-interactive; through `sudo -n` when not root. */
function aptArgv(verb, uid, pkgs = ['musl-tools']) {
    const apt = [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        ...(verb === 'update' ? ['update', '-q'] : ['install', '-y', '-q', '--no-install-recommends', ...pkgs]),
    ];
    return uid === 0 ? { cmd: apt[0], args: apt.slice(1) } : { cmd: 'sudo', args: ['-n', ...apt] };
}
function findCc(o) {
    const pathVar = o.env.PATH;
    for (const name of muslCcCandidates(o.target, o.hostArch)) {
        const cc = (0,paths/* findOnPath */.aY)(name, pathVar);
        if (!cc)
            continue;
        const prefixedAr = name.endsWith('-gcc') && name !== 'musl-gcc' ? (0,paths/* findOnPath */.aY)(name.replace(/gcc$/, 'ar'), pathVar) : undefined;
        return { cc, ar: prefixedAr ?? (0,paths/* findOnPath */.aY)('ar', pathVar) ?? 'ar' };
    }
    return undefined;
}
/**
 * Runs apt-get install (after an update when the first try fails: a fresh runner's lists may be
 * stale). Stops with why it could not.
 */
async function aptInstall(o, pkgs = ['musl-tools']) {
    if (o.uid !== 0 && !(0,paths/* findOnPath */.aY)('sudo', o.env.PATH))
        return (0,context/* stop */.ds)('not running as root and sudo is not available');
    if (!(0,paths/* findOnPath */.aY)('apt-get', o.env.PATH))
        return (0,context/* stop */.ds)('apt-get is not available (not a Debian or Ubuntu system)');
    let last = '';
    for (const verbs of [['install'], ['update', 'install']]) {
        let worked = true;
        for (const verb of verbs) {
            const { cmd, args } = aptArgv(verb, o.uid, pkgs);
            (0,context/* logCommand */.QW)(o.log, cmd, args);
            const r = await o.exec(cmd, args, { env: o.env, echo: 'none', timeoutMs: 10 * 60_000 });
            if (r.code !== 0) {
                worked = false;
                last = r.spawnError ?? (0,src_text/* lastLines */.w$)(`${r.stderr}\n${r.stdout}`.trim(), 5);
                break;
            }
        }
        if (worked)
            return context/* DONE */.DH;
    }
    return (0,context/* stop */.ds)(`apt-get failed: ${last}`);
}
async function compilerVersion(o, cc) {
    const r = await o.exec(cc, ['-dumpversion'], { env: o.env, echo: 'none', timeoutMs: 30_000 });
    return r.code === 0 ? `gcc ${r.stdout.trim()}` : 'unknown';
}
/**
 * Makes sure a musl C compiler is there for `target` (Linux hosts only; the caller checks the
 * target is musl). Returns it, or stops with a problem a user can act on (the build may still work
 * when no dependency compiles C, so the caller warns rather than fails).
 */
async function ensureMuslCc(o) {
    const started = performance.now();
    const ms = () => performance.now() - started;
    const chosen = userCc(o.env, o.target);
    if (chosen)
        return (0,context.ok)({ tool: 'C compiler', version: '', from: 'CC_<target>', path: chosen, env: {}, ms: ms() });
    let found = findCc(o);
    let from = 'PATH';
    if (!found) {
        o.log.info(`No musl C compiler (${muslCcCandidates(o.target, o.hostArch).join(', ')}) on PATH: installing musl-tools.`);
        const installed = await aptInstall(o);
        found = installed.ok ? findCc(o) : undefined;
        if (!found) {
            const why = installed.ok ? 'musl-tools was installed but provides no compiler for this target' : installed.result;
            return (0,context/* stop */.ds)(`No C compiler for ${o.target} (looked for ${muslCcCandidates(o.target, o.hostArch).join(', ')}) and musl-tools could not be installed: ${why}. Crates that build C code (ring, zstd-sys, libsqlite3-sys…) will fail; install musl-tools (sudo apt-get install musl-tools) or a ${o.target.split('-')[0]}-linux-musl cross toolchain before this step, or set CC_${o.target.replace(/-/g, '_')}.`);
        }
        from = 'apt-get (musl-tools)';
    }
    const tool = found.cc.split('/').pop();
    return (0,context.ok)({
        tool,
        version: await compilerVersion(o, found.cc),
        from,
        path: found.cc,
        env: ccEnv(o.target, found.cc, found.ar),
        ms: ms(),
    });
}

;// CONCATENATED MODULE: ./src/tools/cross.ts
// The C cross toolchain a foreign target needs on a Linux host, found the way the musl target finds
// musl-gcc: `<triple>-gcc` on PATH, else the distribution's package through apt-get (sudo -n when
// not root), handed to cargo as CARGO_TARGET_<TRIPLE>_LINKER and CC_<triple>/AR_<triple>. A musl
// target of another architecture links with rust-lld (rustc ships its C runtime and libc).



const GNU_PREFIX = [
    // rust arch, gcc triple prefix, Debian architecture (libc6-dev-<arch>-cross)
    [/^aarch64$/, 'aarch64-linux-gnu', 'arm64'],
    [/^armv7$/, 'arm-linux-gnueabihf', 'armhf'],
    [/^arm$/, 'arm-linux-gnueabi', 'armel'],
    [/^i[56]86$/, 'i686-linux-gnu', 'i386'],
    [/^riscv64/, 'riscv64-linux-gnu', 'riscv64'],
    [/^powerpc64le$/, 'powerpc64le-linux-gnu', 'ppc64el'],
    [/^s390x$/, 's390x-linux-gnu', 's390x'],
    [/^x86_64$/, 'x86_64-linux-gnu', 'amd64'],
];
function gnuPrefix(target) {
    const arch = target.split('-')[0];
    const hit = GNU_PREFIX.find(([re]) => re.test(arch));
    if (!hit)
        return undefined;
    // armv7-unknown-linux-gnueabi (soft float) is arm-linux-gnueabi, not …hf.
    if (hit[1] === 'arm-linux-gnueabihf' && !target.endsWith('hf'))
        return { prefix: 'arm-linux-gnueabi', debArch: 'armel' };
    return { prefix: hit[1], debArch: hit[2] };
}
/**
 * The cross toolchain for `target` built on a Linux `host`; undefined when none is needed (the
 * host itself, a musl target of the host's architecture — musl.ts handles that) or none is known.
 */
function crossSpec(target, host) {
    if (target === host)
        return undefined;
    const arch = target.split('-')[0];
    const hostArch = host.split('-')[0];
    if (/-windows-gnu/.test(target)) {
        const mingw = arch === 'x86_64' ? 'x86_64' : /^i[56]86$/.test(arch) ? 'i686' : undefined;
        if (!mingw)
            return undefined;
        return { gcc: `${mingw}-w64-mingw32-gcc`, packages: [`gcc-mingw-w64-${mingw.replace('_', '-')}`] };
    }
    if (!/-linux-/.test(target) || arch === hostArch)
        return undefined;
    const gnu = gnuPrefix(target);
    if (/-linux-musl/.test(target))
        return { lld: true, packages: [], ...(gnu ? { gcc: `${gnu.prefix}-gcc` } : {}) };
    if (!gnu)
        return undefined;
    return { gcc: `${gnu.prefix}-gcc`, packages: [`gcc-${gnu.prefix}`, `libc6-dev-${gnu.debArch}-cross`] };
}
/** CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER */
function linkerVar(target) {
    return `CARGO_TARGET_${target.toUpperCase().replace(/[-.]/g, '_')}_LINKER`;
}
/** What cargo gets: the linker for the target, and CC_/AR_ for the cc crate when there is a C compiler. */
function crossEnv(target, linker, cc) {
    return { [linkerVar(target)]: linker, ...(cc ? ccEnv(target, cc.cc, cc.ar) : {}) };
}
function findGcc(gcc, pathVar) {
    const cc = (0,paths/* findOnPath */.aY)(gcc, pathVar);
    if (!cc)
        return undefined;
    return { cc, ar: (0,paths/* findOnPath */.aY)(gcc.replace(/gcc$/, 'ar'), pathVar) ?? (0,paths/* findOnPath */.aY)('ar', pathVar) ?? 'ar' };
}
async function version(o, cc) {
    const r = await o.exec(cc, ['-dumpversion'], { env: o.env, echo: 'none', timeoutMs: 30_000 });
    return r.code === 0 ? `gcc ${r.stdout.trim()}` : 'unknown';
}
/** The message when the cross toolchain is missing and could not be installed. */
function crossProblem(target, spec, why) {
    return [
        `No C cross toolchain for ${target}: ${spec.gcc} is not on PATH and ${spec.packages.join(' ')} could not be installed (${why}).`,
        `Fix: install it before this step (sudo apt-get install ${spec.packages.join(' ')}), or set ${linkerVar(target)} to a linker for ${target}.`,
    ].join('\n');
}
/** A foreign musl target: rust-lld links; a C compiler of that architecture is used when there is one. */
function lldToolchain(o, spec, started) {
    // A musl cross gcc (musl.cc's, a distribution's) first; a gnu one compiles C that calls no libc.
    const names = [`${o.target.split('-')[0]}-linux-musl-gcc`, ...(spec.gcc ? [spec.gcc] : [])];
    const gcc = names.map((n) => findGcc(n, o.env.PATH)).find((g) => g !== undefined);
    if (!gcc)
        o.log.info(`${o.target} links with rust-lld; no C compiler for it (${names.join(', ')}) is on PATH, so crates that build C code will fail.`);
    return {
        tool: 'rust-lld',
        version: gcc ? `C: ${gcc.cc.split('/').pop()}` : '',
        from: 'rustc',
        path: 'rust-lld',
        env: crossEnv(o.target, 'rust-lld', gcc),
        ms: performance.now() - started,
    };
}
/**
 * The cross toolchain for a target, installed when missing; undefined when the target needs none.
 * Stops with the message when it is needed and cannot be had: the build of that target cannot link.
 */
async function ensureCrossCc(o) {
    const spec = crossSpec(o.target, o.host);
    if (!spec)
        return (0,context.ok)(undefined);
    const started = performance.now();
    const userLinker = o.env[linkerVar(o.target)];
    if (userLinker)
        return (0,context.ok)({ tool: 'linker', version: '', from: linkerVar(o.target), path: userLinker, env: {}, ms: 0 });
    if (spec.lld)
        return (0,context.ok)(lldToolchain(o, spec, started));
    const gcc = spec.gcc;
    let found = findGcc(gcc, o.env.PATH);
    let from = 'PATH';
    if (!found) {
        o.log.info(`No ${gcc} on PATH: installing ${spec.packages.join(' ')}.`);
        const installed = await aptInstall(o, spec.packages);
        found = installed.ok ? findGcc(gcc, o.env.PATH) : undefined;
        if (!found)
            return (0,context/* stop */.ds)(crossProblem(o.target, spec, installed.ok ? `the packages provide no ${gcc}` : installed.result));
        from = `apt-get (${spec.packages.join(' ')})`;
    }
    o.log.info(`${o.target}: linker and C compiler ${found.cc}`);
    return (0,context.ok)({
        tool: gcc,
        version: await version(o, found.cc),
        from,
        path: found.cc,
        env: crossEnv(o.target, found.cc, found),
        ms: performance.now() - started,
    });
}

;// CONCATENATED MODULE: ./src/tools/index.ts








const runs = new WeakMap();
/** @actions/tool-cache, loaded when a tool is first looked for (a run that needs no tool never loads it). */
const loadToolCache = () => Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(991)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5991));
/**
 * @actions/tool-cache, which keeps tools under RUNNER_TOOL_CACHE and downloads into RUNNER_TEMP.
 * Outside Actions (the CLI) those are unset: they become directories beside the local cache's
 * tool directory, so a second local run finds the tool there.
 */
function actionsToolCache(toolDir, tempDir) {
    process.env.RUNNER_TOOL_CACHE ||= (0,external_node_path_.join)((0,external_node_path_.dirname)(toolDir), 'tool-cache');
    process.env.RUNNER_TEMP ||= tempDir;
    return {
        find: async (tool, version, arch) => (await loadToolCache()).find(tool, version, arch),
        cacheDir: async (dir, tool, version, arch) => (await loadToolCache()).cacheDir(dir, tool, version, arch),
        downloadTool: async (url, dest) => (await loadToolCache()).downloadTool(url, dest),
        extractTar: async (file, dest) => (await loadToolCache()).extractTar(file, dest),
        extractZip: async (file, dest) => (await loadToolCache()).extractZip(file, dest),
    };
}
function installOptions(ctx) {
    return {
        exec: ctx.exec,
        env: ctx.env,
        toolDir: ctx.toolDir,
        tempDir: (0,external_node_path_.join)(ctx.tempDir, 'tools'),
        log: ctx.log,
        mirror: ctx.inputs.tools.mirror,
        platform: (0,table/* currentPlatform */.jN)(),
        arch: process.arch,
        toolCache: actionsToolCache(ctx.toolDir, (0,external_node_path_.join)(ctx.tempDir, 'tools')),
        checksums: loadChecksums(ctx.env),
    };
}
/** Installs a tool at its pinned version (once per run) and returns where it is. Throws ToolInstallError. */
function requireTool(ctx, tool) {
    let byTool = runs.get(ctx);
    if (!byTool)
        runs.set(ctx, (byTool = new Map()));
    let pending = byTool.get(tool);
    if (!pending) {
        const version = ctx.inputs.tools.versions[tool];
        pending = ctx.profiler.measure(`install ${tool}`, async () => {
            const installed = await installTool(tool, version, installOptions(ctx));
            ctx.log.info(`${tool} ${installed.version}: ${SOURCE_LABEL[installed.source]} (${installed.detail}), ${(0,profiler/* formatMs */._V)(installed.ms)}`);
            return installed;
        });
        byTool.set(tool, pending);
    }
    return pending;
}
/** A cargo tool that came from the last resort: built with cargo install (no verified archive, or its download failed). */
function isFallback(t) {
    return 'source' in t && t.source === 'cargo-install';
}
/**
 * Where each tool (a cargo tool, or a system tool like the musl C compiler) came from: version, source, time.
 * Folded under a one-line `<details>` (provenance is the detail behind a result), shown openly when a tool
 * came from a fallback, with a line saying which and why it took that long.
 */
function toolBlocks(tools) {
    if (tools.length === 0)
        return [];
    const row = (t) => 'source' in t
        ? [t.tool, t.version, SOURCE_LABEL[t.source], (0,profiler/* formatMs */._V)(t.ms), t.detail]
        : [t.tool, t.version, t.from, (0,profiler/* formatMs */._V)(t.ms), [t.path, ...Object.keys(t.env)].join(', ')];
    const table = {
        kind: 'table',
        header: ['tool', 'version', 'from', 'time', 'details'],
        align: ['left', 'left', 'left', 'right', 'left'],
        rows: tools.map(row),
    };
    const fallbacks = tools.filter(isFallback);
    if (fallbacks.length === 0)
        return [{ kind: 'fold', summary: `Tools: ${tools.map(oneLine).join('; ')}`, blocks: [table] }];
    const built = fallbacks.map((t) => `${t.tool} ${t.version} (${(0,profiler/* formatMs */._V)(t.ms)})`).join(', ');
    return [
        {
            kind: 'text',
            text: `⚠️ **Built with cargo install, as no verified prebuilt archive could be used:** ${built}. The shared cache keeps the build for the next runs; a tool-mirror with checksums, or the tool on PATH from an earlier step, avoids it.`,
        },
        table,
    ];
}
function oneLine(t) {
    const from = 'source' in t ? SOURCE_LABEL[t.source] : t.from;
    return `${t.tool}${t.version ? ` ${t.version}` : ''} from ${from}, ${(0,profiler/* formatMs */._V)(t.ms)}`;
}
/** The musl C compiler for a musl target on Linux, timed as a phase; undefined when not needed. */
async function requireMuslCc(ctx, target) {
    if (process.platform !== 'linux' || !/-linux-musl/.test(target))
        return (0,context.ok)(undefined);
    return ctx.profiler.measure('musl C compiler', () => ensureMuslCc({
        exec: ctx.exec,
        env: ctx.env,
        log: ctx.log,
        target,
        hostArch: process.arch,
        uid: process.getuid?.() ?? -1,
    }));
}
/**
 * The C cross toolchain for a foreign target on a Linux host (aarch64 gnu, Windows gnu…), timed as
 * a phase; undefined when the target needs none.
 */
async function requireCrossCc(ctx, target, host) {
    if (process.platform !== 'linux')
        return (0,context.ok)(undefined);
    return ctx.profiler.measure(`C cross toolchain (${target})`, () => ensureCrossCc({ exec: ctx.exec, env: ctx.env, log: ctx.log, target, host, uid: process.getuid?.() ?? -1 }));
}
/** The JSON-report form of an installed tool. */
function toolData(t) {
    return { tool: t.tool, version: t.version, source: t.source, path: t.path, ms: Math.round(t.ms), detail: t.detail };
}


/***/ }),

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  K2: () => (/* binding */ TOOL_NAMES),
  kF: () => (/* binding */ TOOL_TABLE),
  Wh: () => (/* binding */ assetFor),
  jN: () => (/* binding */ currentPlatform)
});

// UNUSED EXPORTS: PLATFORMS

;// CONCATENATED MODULE: ./src/tools/archives.generated.ts
// Generated by scripts/gen-tools.mjs (npm run gen:tools): do not edit by hand.
// Source: taiki-e/install-action@ba47c86ac325 (2026-08-21), manifests/<tool>.json — the sha256 of each published release archive.
// Per tool and version: the archive for each platform, its URL and its sha256.
const ARCHIVES_SOURCE = 'taiki-e/install-action@ba47c86ac325 (2026-08-21)';
/** tool → version → platform (`${process.platform}-${process.arch}`) → archive. */
const RELEASE_ARCHIVES = {
    'cargo-audit': {
        '0.22.2': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-unknown-linux-musl-v0.22.2.tgz',
                sha256: '7fb9497f8594b389e5fce5ef9b92db08432996895b2e0c5a0167a69ed445c428',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-aarch64-unknown-linux-gnu-v0.22.2.tgz',
                sha256: 'c6603814ddaa45e51263dafd31c0ac98808f688d26f7395804f9670b0fd599dd',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-apple-darwin-v0.22.2.tgz',
                sha256: '847831323de932155b226ab60ee4a180e13e5d007a019f0d4b7b4d89a6de2ab2',
            },
            'darwin-arm64': {
                file: 'cargo-audit-aarch64-apple-darwin-v0.22.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-aarch64-apple-darwin-v0.22.2.tgz',
                sha256: 'ec7ca4263769593df4d909be85b94a6b79efa2897be5d2bb8ebd516e823175af',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.2/cargo-audit-x86_64-pc-windows-msvc-v0.22.2.zip',
                sha256: '0a7316540862c13d954f648917ceacca593747baed6eec180fafa590be2710ab',
            },
        },
        '0.22.1': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-unknown-linux-musl-v0.22.1.tgz',
                sha256: 'c32506f338bdcdaef5a17fb9f33abb6ecf9561324cfd34237fd335f9283a1eab',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-aarch64-unknown-linux-gnu-v0.22.1.tgz',
                sha256: '4c8df835ee484441bd2c8c6bcac28c4ce4b4058ba9e7477cb9e0012fe7769f66',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-apple-darwin-v0.22.1.tgz',
                sha256: '582d104a2a4bdb127c6bf6d056d89eede40686d11f52e4bc1765132ec99d2fca',
            },
            'darwin-arm64': {
                file: 'cargo-audit-aarch64-apple-darwin-v0.22.1.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-aarch64-apple-darwin-v0.22.1.tgz',
                sha256: '04e76e1da25f597bea4814c44faf8aac215838b9f3646e3b6a873d87acd31b73',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.1.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.1/cargo-audit-x86_64-pc-windows-msvc-v0.22.1.zip',
                sha256: '1523eedc57675eff07b230c06dcd545f3cb04e0ebf92f4009218c79000279a74',
            },
        },
        '0.22.0': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-unknown-linux-musl-v0.22.0.tgz',
                sha256: '0ea7a15f67d5007af5bd18f89be38a90ebd004f149dc36ebfab0aedba24cbb4f',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-aarch64-unknown-linux-gnu-v0.22.0.tgz',
                sha256: '64ddb7e99b171a881ea2c9f4ec5efa7b988f9131949d957bcd18d17a981b5302',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.22.0.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-apple-darwin-v0.22.0.tgz',
                sha256: 'be2c3f86cdaf39ad88a58a151a946b2360c38cc2ec056dd6aa4cf0dbbcf9e809',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.22.0.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.22.0/cargo-audit-x86_64-pc-windows-msvc-v0.22.0.zip',
                sha256: 'c4e309c9b6da7dd63a0c191b39ce4c2d48eb7c5cd538dbfdc180c26f02baa777',
            },
        },
        '0.21.2': {
            'linux-x64': {
                file: 'cargo-audit-x86_64-unknown-linux-musl-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-unknown-linux-musl-v0.21.2.tgz',
                sha256: '422912aa851458bc9bf37a458b75890cb5a4e2a7e5216dcee7df91507fc594d9',
            },
            'linux-arm64': {
                file: 'cargo-audit-aarch64-unknown-linux-gnu-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-aarch64-unknown-linux-gnu-v0.21.2.tgz',
                sha256: 'f29959b2792bb0864db5db1d2facf16c2f8bc3be323ca57cee9609147cd6f64d',
            },
            'darwin-x64': {
                file: 'cargo-audit-x86_64-apple-darwin-v0.21.2.tgz',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-apple-darwin-v0.21.2.tgz',
                sha256: '35bb991a09591ace872c86210931875dca013a53400eddb75ff2883e00b8eb67',
            },
            'win32-x64': {
                file: 'cargo-audit-x86_64-pc-windows-msvc-v0.21.2.zip',
                url: 'https://github.com/rustsec/rustsec/releases/download/cargo-audit/v0.21.2/cargo-audit-x86_64-pc-windows-msvc-v0.21.2.zip',
                sha256: '9499b234149962c03f2e4d089ecc756c598d8fee6531f76c719a47feaff7468e',
            },
        },
    },
    'cargo-nextest': {
        '0.9.143': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.143-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-x86_64-unknown-linux-musl.tar.gz',
                sha256: '6d891c18105ec2d33f6e441a4f92b7ccab47ba263e22055c8bb66884243f3389',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.143-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-aarch64-unknown-linux-musl.tar.gz',
                sha256: '0560ce0ce017f368c54b5db86588370fc03b470985490fa81200e62a657dda05',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                sha256: '4830d430411148d17602a75cc880bfb4dc8dac153dea59a48a2ef4cc93577f07',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-universal-apple-darwin.tar.gz',
                sha256: '4830d430411148d17602a75cc880bfb4dc8dac153dea59a48a2ef4cc93577f07',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.143-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.143/cargo-nextest-0.9.143-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'c42a1dbde532da06dc9b4a43d44fd0ce668b836c2ab7388410f10ff9834476a2',
            },
        },
        '0.9.142': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.142-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-x86_64-unknown-linux-musl.tar.gz',
                sha256: '92295e2b10c42590cc3aeacafe4567f8296a0903786afdbd525237690094de18',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.142-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'a24f797388edf66dee8cc40d5d4622f561976b70d779326b3adbef1ef374ae39',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                sha256: '7a829c9e440512495e4695cd373ab07a8bef2aa4e9db131fcf7b70e1a1659523',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-universal-apple-darwin.tar.gz',
                sha256: '7a829c9e440512495e4695cd373ab07a8bef2aa4e9db131fcf7b70e1a1659523',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.142-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.142/cargo-nextest-0.9.142-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'd07491b05d27ba3bd5fd7fef72a20096200a8db860081c6e8ccfddcdbc04f2f6',
            },
        },
        '0.9.141': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.141-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-x86_64-unknown-linux-musl.tar.gz',
                sha256: '030e10c2a2e5723f8013f7f2e793683b42a9de12d1593520dd3abe1628b6b7a8',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.141-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'd9719ce9b45706834df6fc38b7fca1bf0733b9ad9a0a9fe3ffd60ea8fbd37400',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                sha256: 'c26f26f8b2d61aa07dc8d65e0cea073781e23da0c5d9e7f93dbd627d0a5a5fb9',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-universal-apple-darwin.tar.gz',
                sha256: 'c26f26f8b2d61aa07dc8d65e0cea073781e23da0c5d9e7f93dbd627d0a5a5fb9',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.141-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.141/cargo-nextest-0.9.141-x86_64-pc-windows-msvc.tar.gz',
                sha256: '83917f801d65f4af44c45a3abfa20e0f338fee37dfcf7df0a35c367f2ebba0cb',
            },
        },
        '0.9.140': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.140-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'bc2a998567816eef7b087b920036f49fb89aa2a8a603f6a3d84098be160b62c5',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.140-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-aarch64-unknown-linux-musl.tar.gz',
                sha256: '81fe08bda065ae74fa9092c444d797c31e12c245080bfb9f4dc207e21def4b98',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                sha256: '58e0a722f9444078fab447783f322acf15a2a771ba785b3fbbe8bacda31c3df9',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-universal-apple-darwin.tar.gz',
                sha256: '58e0a722f9444078fab447783f322acf15a2a771ba785b3fbbe8bacda31c3df9',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.140-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.140/cargo-nextest-0.9.140-x86_64-pc-windows-msvc.tar.gz',
                sha256: 'b75c287b89df1fbfe033a98df058a94cd1f5119dab6ff56e4916e5a1597c7ac9',
            },
        },
        '0.9.123': {
            'linux-x64': {
                file: 'cargo-nextest-0.9.123-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'c815b05f54c945f2704e777871bfb6b90a9eb68e5cdbda5bfa2663d38f4aaef7',
            },
            'linux-arm64': {
                file: 'cargo-nextest-0.9.123-aarch64-unknown-linux-gnu.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-aarch64-unknown-linux-gnu.tar.gz',
                sha256: '91ab98eedb817a52f4d4ae31e4c354e630ce1cc7d81c534b37b4d1edd42451c8',
            },
            'darwin-x64': {
                file: 'cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                sha256: 'da12a18f487581b1a13f42344e87ebe87bf3074e100e211eafb89f539a54090a',
            },
            'darwin-arm64': {
                file: 'cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-universal-apple-darwin.tar.gz',
                sha256: 'da12a18f487581b1a13f42344e87ebe87bf3074e100e211eafb89f539a54090a',
            },
            'win32-x64': {
                file: 'cargo-nextest-0.9.123-x86_64-pc-windows-msvc.tar.gz',
                url: 'https://github.com/nextest-rs/nextest/releases/download/cargo-nextest-0.9.123/cargo-nextest-0.9.123-x86_64-pc-windows-msvc.tar.gz',
                sha256: '3a692f5962b1cb10cd4d6f929e3c2ae468fa238d9365b3823e98d3b6889ff8f2',
            },
        },
    },
    'cargo-tarpaulin': {
        '0.37.2': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '837dc54d21da101e96e888c6f6680d25f3c06554b0614880ea385cdf68cd5173',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'f94bfd24784134d03b61872d0f52f192325a9a2b0511d09fab37acb84e65a603',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: 'ce1acc986b42ae8d94725d0889529807a213e7bb0cd1b8b8bdf08f6b2e7ee110',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'd7c19e5d1c45d0a2c6ae22ce7a59e747999e583095806ec02b92bfea66f15eaa',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.2/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '1aec8ee50c532ae432ef510c24839b4206757317cb802e0b810c52abfb5ba9dd',
            },
        },
        '0.37.1': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '566cf089b157f547aaf7fcd0ff9cad9951abef39f55d146da2596f4b523b6a5f',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: '82de9090cba572a3cbb69321c8eef7065d5dc55dbe16ed8ef8223c989cda71f1',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: '459c78e8bc5ea9a675c82e1cdc3eaad4e9dd5e76f17c75e6660efe5ec56e9f7e',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'ce7980d8ac630d36cd72fbfad0faa71adab6133ba318572117636c0ff7265311',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.1/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '9f7b6eaed8c6366c163abd5927a8f057ef81fab7df721b02a8e0a8623a68352f',
            },
        },
        '0.37.0': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: 'c7a5f7d273154e15047684aea0482d1bf37998edc7a1bc0dd9ade0a446b9cfd8',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: '00f0f0c3a64b86ca48ebb13ddccb25b85676fb30ed3d5156e4db7e9aa1bf3837',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: 'ebc03b4d2729a6c5148c455b1f8e3904c63e10abf815ff2c02f967ad4811a21a',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'a44f2b8a7e3eca54bb2beaaeb71fca93b40b4a97ce9bcabadcee8f61289fea0e',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.37.0/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '0bf42f8c064716f12e96553e70d7724110d6c6e97b332a37d1ce77f3ad2aae27',
            },
        },
        '0.36.0': {
            'linux-x64': {
                file: 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
                sha256: '61ffa2a1268b013bdd422c28394f37533d0349b4bbb604b3d5a3cc9a4d808bbd',
            },
            'linux-arm64': {
                file: 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
                sha256: 'c65628d3180cbe33683d1971d10b6723b1b496dc90a0292aeccdfddd731191a1',
            },
            'darwin-x64': {
                file: 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
                sha256: '6423a6be52879fe94bb82b7cd2ce71d31e0a280dd12a435026de995d601a33a7',
            },
            'darwin-arm64': {
                file: 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
                sha256: 'b6674ed02a076b03b30e42cfd650f1d470d37803a36ab7f64caf0ab46eec5ec4',
            },
            'win32-x64': {
                file: 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                url: 'https://github.com/xd009642/tarpaulin/releases/download/0.36.0/cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
                sha256: '6d83385a668c0080043cb2288c4278a2a79650684d7a33c124e25602a24eb1e7',
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/tools/table.ts
// The one table of cargo tools the pipeline installs: how each tool's prebuilt release archive is
// named per platform. The published sha256 of known versions is in archives.generated.ts (generated by
// scripts/gen-tools.mjs); pinned default versions are the inputs' defaults (src/inputs/specs.ts).
//
// A download is only ever attempted for an archive whose sha256 is known, either from
// archives.generated.ts or from the checksum file named by RUST_PIPELINE_TOOL_CHECKSUMS (see checksums.ts,
// which takes precedence: a mirror may serve archives of its own). Without one the installer
// builds the tool with `cargo install --locked` instead: an unverified binary is never run.

/** The platforms every shipped default version has a verified archive for. */
const PLATFORMS = (/* unused pure expression or super */ null && (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64']));
const TOOL_NAMES = ['cargo-audit', 'cargo-tarpaulin', 'cargo-nextest', 'cargo-deny', 'cargo-auditable'];
const TOOL_TABLE = {
    'cargo-audit': {
        crate: 'cargo-audit',
        bin: 'cargo-audit',
        subcommand: 'audit',
        releaseBase: 'https://github.com/rustsec/rustsec/releases/download',
        tag: (v) => `cargo-audit/v${v}`,
        assets: {
            'linux-x64': (v) => `cargo-audit-x86_64-unknown-linux-musl-v${v}.tgz`,
            'linux-arm64': (v) => `cargo-audit-aarch64-unknown-linux-gnu-v${v}.tgz`,
            'darwin-x64': (v) => `cargo-audit-x86_64-apple-darwin-v${v}.tgz`,
            'darwin-arm64': (v) => `cargo-audit-aarch64-apple-darwin-v${v}.tgz`,
            'win32-x64': (v) => `cargo-audit-x86_64-pc-windows-msvc-v${v}.zip`,
        },
    },
    'cargo-tarpaulin': {
        crate: 'cargo-tarpaulin',
        bin: 'cargo-tarpaulin',
        subcommand: 'tarpaulin',
        releaseBase: 'https://github.com/xd009642/tarpaulin/releases/download',
        tag: (v) => v,
        assets: {
            'linux-x64': () => 'cargo-tarpaulin-x86_64-unknown-linux-musl.tar.gz',
            'linux-arm64': () => 'cargo-tarpaulin-aarch64-unknown-linux-musl.tar.gz',
            'darwin-x64': () => 'cargo-tarpaulin-x86_64-apple-darwin.tar.gz',
            'darwin-arm64': () => 'cargo-tarpaulin-aarch64-apple-darwin.tar.gz',
            'win32-x64': () => 'cargo-tarpaulin-x86_64-pc-windows-msvc.zip',
        },
    },
    'cargo-nextest': {
        crate: 'cargo-nextest',
        bin: 'cargo-nextest',
        subcommand: 'nextest',
        releaseBase: 'https://github.com/nextest-rs/nextest/releases/download',
        tag: (v) => `cargo-nextest-${v}`,
        assets: {
            'linux-x64': (v) => `cargo-nextest-${v}-x86_64-unknown-linux-musl.tar.gz`,
            'linux-arm64': (v) => `cargo-nextest-${v}-aarch64-unknown-linux-musl.tar.gz`,
            'darwin-x64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
            'darwin-arm64': (v) => `cargo-nextest-${v}-universal-apple-darwin.tar.gz`,
            'win32-x64': (v) => `cargo-nextest-${v}-x86_64-pc-windows-msvc.tar.gz`,
        },
    },
    'cargo-deny': {
        crate: 'cargo-deny',
        bin: 'cargo-deny',
        subcommand: 'deny',
        releaseBase: 'https://github.com/EmbarkStudios/cargo-deny/releases/download',
        tag: (v) => v,
        assets: {
            'linux-x64': (v) => `cargo-deny-${v}-x86_64-unknown-linux-musl.tar.gz`,
            'linux-arm64': (v) => `cargo-deny-${v}-aarch64-unknown-linux-musl.tar.gz`,
            'darwin-x64': (v) => `cargo-deny-${v}-x86_64-apple-darwin.tar.gz`,
            'darwin-arm64': (v) => `cargo-deny-${v}-aarch64-apple-darwin.tar.gz`,
            'win32-x64': (v) => `cargo-deny-${v}-x86_64-pc-windows-msvc.tar.gz`,
        },
    },
    'cargo-auditable': {
        crate: 'cargo-auditable',
        bin: 'cargo-auditable',
        subcommand: 'auditable',
        releaseBase: 'https://github.com/rust-secure-code/cargo-auditable/releases/download',
        tag: (v) => `v${v}`,
        // Its releases are .tar.xz archives, which the installer does not unpack: cargo install always.
        assets: {},
    },
};
function currentPlatform(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
/** The release archive of a tool version for a platform; undefined when none is published for it. */
function assetFor(tool, version, platform, mirror) {
    const spec = TOOL_TABLE[tool];
    const known = RELEASE_ARCHIVES[tool]?.[version]?.[platform];
    const name = spec.assets[platform];
    const file = known?.file ?? name?.(version);
    if (!file)
        return undefined;
    const mirrorPath = `${tool}/${version}/${file}`;
    const url = mirror
        ? `${mirror.replace(/\/+$/, '')}/${mirrorPath}`
        : (known?.url ?? `${spec.releaseBase}/${spec.tag(version)}/${file}`);
    return { file, mirrorPath, url, ...(known ? { sha256: known.sha256 } : {}) };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ cli)
});

// EXTERNAL MODULE: ./src/text.ts
var src_text = __nccwpck_require__(8992);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/exec.ts + 2 modules
var exec = __nccwpck_require__(3738);
// EXTERNAL MODULE: ./src/context.ts
var context = __nccwpck_require__(788);
// EXTERNAL MODULE: ./src/profiler.ts
var src_profiler = __nccwpck_require__(1038);
;// CONCATENATED MODULE: ./src/report/gantt.ts

/** A bar narrower than this share of the run would draw as a hairline: it is left out of the chart (not the table). */
const MIN_BAR_SHARE = 0.01;
const STAGE_PREFIX = 'stage: ';
/** Tick spacings Mermaid's gantt understands (`tickInterval`), shortest first. */
const TICKS = [
    { ms: 100, text: '100millisecond' },
    { ms: 200, text: '200millisecond' },
    { ms: 250, text: '250millisecond' },
    { ms: 500, text: '500millisecond' },
    { ms: 1_000, text: '1second' },
    { ms: 2_000, text: '2second' },
    { ms: 5_000, text: '5second' },
    { ms: 10_000, text: '10second' },
    { ms: 15_000, text: '15second' },
    { ms: 30_000, text: '30second' },
    { ms: 60_000, text: '1minute' },
    { ms: 120_000, text: '2minute' },
    { ms: 300_000, text: '5minute' },
    { ms: 600_000, text: '10minute' },
    { ms: 900_000, text: '15minute' },
    { ms: 1_800_000, text: '30minute' },
    { ms: 3_600_000, text: '1hour' },
];
/** At most this many ticks on the axis. */
const MAX_TICKS = 8;
/** Below this length whole seconds would leave the axis with one label or none: it ticks in milliseconds. */
const SUBSECOND_BELOW_MS = 2_000;
/**
 * Axis labels that fit the run's length: milliseconds for runs under two seconds (ticks fall on round
 * times, so a shorter run might otherwise show no label at all), seconds under ten minutes, minutes after.
 */
function axisFor(totalMs) {
    const ticks = totalMs < SUBSECOND_BELOW_MS ? TICKS : TICKS.filter((t) => t.ms >= 1_000);
    const tick = ticks.find((t) => totalMs / t.ms <= MAX_TICKS) ?? TICKS[TICKS.length - 1];
    const axisFormat = tick.ms < 1_000 ? '%H:%M:%S.%L' : totalMs < 600_000 ? '%H:%M:%S' : '%H:%M';
    return { axisFormat, tickInterval: tick.text };
}
/** Whether the run deserves a chart: more than one stage ran. */
function wantsChart(phases) {
    return phases.filter(isStagePhase).length > 1;
}
function isStagePhase(p) {
    return p.depth === 0 && p.name.startsWith(STAGE_PREFIX);
}
/** Mermaid task names end at `:`; `#` and `;` start comments and statements. */
function label(name) {
    return name
        .replace(STAGE_PREFIX, '')
        .replace(/[:;#]/g, ' ')
        .replace(/[\r\n]+/g, ' ')
        .trim();
}
const TAG = { success: '', failure: 'crit, ', cancelled: 'done, ', skipped: 'done, ' };
const WORD = { failure: 'failed', cancelled: 'cancelled' };
function task(p, id, start, status) {
    const name = label(p.name);
    const word = status ? WORD[status] : undefined;
    const from = Math.round(start + p.at);
    const to = Math.max(from + 1, Math.round(start + p.at + p.ms));
    return `  ${name} (${word ? `${word}, ` : ''}${(0,src_profiler/* formatMs */._V)(p.ms)}) :${status ? TAG[status] : ''}p${id}, ${from}, ${to}`;
}
/** The top-level phases (setup, then stages) at their real times; failed stages `crit`, cancelled ones `done`. */
function ganttChart(g) {
    const start = Date.parse(g.startedAt);
    const top = g.phases.filter((p) => p.depth === 0 && p.ms >= g.totalMs * MIN_BAR_SHARE);
    const setup = top.filter((p) => !isStagePhase(p));
    const stages = top.filter(isStagePhase);
    const statusOf = (p) => isStagePhase(p) ? g.status.get(p.name.slice(STAGE_PREFIX.length)) : undefined;
    const line = (p) => task(p, top.indexOf(p), start, statusOf(p));
    const axis = axisFor(g.totalMs);
    return [
        'gantt',
        '  title Where the time went (your local time)',
        '  dateFormat x',
        `  axisFormat ${axis.axisFormat}`,
        `  tickInterval ${axis.tickInterval}`,
        '  todayMarker off',
        ...(setup.length ? ['  section setup', ...setup.map(line)] : []),
        ...(stages.length ? ['  section stages', ...stages.map(line)] : []),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/blocks.ts
var src_blocks = __nccwpck_require__(8749);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
;// CONCATENATED MODULE: ./src/report/summary.ts
// Builds the job summary (as blocks) and the JSON report from a RunReport.





function summaryBlocks(report, selection) {
    const blocks = [];
    const verdict = report.result === 'success'
        ? '✅ passed'
        : report.result === 'cancelled'
            ? '🛑 cancelled'
            : `❌ failed (${report.failedStages.join(', ')})`;
    blocks.push({ kind: 'heading', text: `rust-pipeline: ${verdict}`, level: 2 });
    if (report.toolchains.length)
        blocks.push({
            kind: 'text',
            text: `Toolchains: ${report.toolchains.map((t) => `\`${report.toolchainLabels?.[t] ?? t}\``).join(', ')}`,
        });
    if (report.cell)
        blocks.push({ kind: 'text', text: `Matrix cell: \`${report.cell.name}\`` });
    blocks.push({
        kind: 'table',
        header: ['stage', 'result', 'details', 'time'],
        align: ['left', 'left', 'left', 'right'],
        rows: report.stages.map((s) => [s.name, `${context/* STATUS_ICON */.tW[s.status]} ${s.status}`, s.summary, (0,src_profiler/* formatMs */._V)(s.ms)]),
    });
    blocks.push(...report.setupBlocks);
    for (const s of report.stages) {
        const section = s.blocks.length || s.status !== 'failure' ? s.blocks : causeBlocks(s.findings);
        if (section.length === 0)
            continue;
        blocks.push({ kind: 'heading', text: `${context/* STATUS_ICON */.tW[s.status]} ${s.title}`, level: 3 }, ...section);
    }
    const more = selection ? (0,annotations/* omittedText */.Uy)(selection.omitted) : undefined;
    if (more)
        blocks.push({ kind: 'text', text: `**Annotations:** ${more}` });
    blocks.push(...profileBlocks(report));
    return blocks;
}
/** Errors the summary quotes for a failed stage that wrote no section of its own. */
const MAX_CAUSES = 3;
/**
 * A failed stage without a section of its own (its toolchain could not be installed, a tool did not start): its
 * errors, so that the cause is in the summary and not only in the annotations.
 */
function causeBlocks(findings) {
    const errors = findings.filter((f) => f.level === 'error');
    if (errors.length === 0)
        return [];
    const rows = errors.slice(0, MAX_CAUSES).map((f) => [(0,src_blocks/* escapeText */.X1)(f.title ?? 'error'), (0,src_blocks/* codeLines */.zo)(f.message, 6)]);
    if (errors.length > MAX_CAUSES)
        rows.push([`… ${errors.length - MAX_CAUSES} more in the annotations`, '']);
    return [{ kind: 'table', header: ['error', 'cause'], rows }];
}
/**
 * Where the time went: the chart when more than one stage ran (the table folded under it as the detail), else the
 * table alone; and, when stages ran side by side, how much stage time fitted into how much wall time.
 */
function profileBlocks(report) {
    const table = phaseTable(report);
    const blocks = [{ kind: 'heading', text: 'Phase profile', level: 3 }];
    if (!wantsChart(report.phases))
        return [...blocks, table, ...overlapText(report.phases)];
    const status = new Map(report.stages.map((s) => [s.name, s.status]));
    return [
        ...blocks,
        { kind: 'mermaid', body: ganttChart({ ...report, status }) },
        ...overlapText(report.phases),
        { kind: 'fold', summary: "Phase table: each phase's time and its share of the wall time", blocks: [table] },
    ];
}
function phaseTable(report) {
    const rows = (0,src_profiler/* profileRows */.vE)(report.phases, report.totalMs);
    return {
        kind: 'table',
        header: ['phase', 'time', 'share'],
        align: ['left', 'right', 'right'],
        rows: [
            ...rows.map((r) => [
                `${'\u00a0\u00a0'.repeat(r.depth)}${r.depth ? '↳ ' : ''}${r.name}`,
                (0,src_profiler/* formatMs */._V)(r.ms),
                r.share === undefined ? '' : `${r.share.toFixed(1)}%`,
            ]),
            ['total (wall time)', (0,src_profiler/* formatMs */._V)(report.totalMs), '100.0%'],
        ],
    };
}
/** Stages that ran side by side: said only when it saved time a reader can see in the figures. */
function overlapText(phases) {
    const { wallMs, summedMs } = (0,src_profiler/* overlap */.EF)(phases.filter(isStagePhase));
    const stage = (0,src_profiler/* formatMs */._V)(summedMs);
    const wall = (0,src_profiler/* formatMs */._V)(wallMs);
    if (summedMs - wallMs < 100 || stage === wall)
        return [];
    return [
        {
            kind: 'text',
            text: `Stages ran side by side: ${stage} of stage time took ${wall} of wall time (${(0,src_profiler/* formatMs */._V)(summedMs - wallMs)} saved).`,
        },
    ];
}
/** The JSON report: everything a later step or tool may want, without secrets. */
function jsonReport(report) {
    return {
        schema: 1,
        result: report.result,
        failedStages: report.failedStages,
        startedAt: report.startedAt,
        totalMs: Math.round(report.totalMs),
        toolchains: report.toolchains,
        ...(report.toolchainLabels ? { toolchainLabels: report.toolchainLabels } : {}),
        cell: report.cell ?? null,
        outputs: report.outputs,
        setup: report.setupData,
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            summary: s.summary,
            ms: Math.round(s.ms),
            findings: s.findings,
            outputs: s.outputs,
            data: s.data ?? null,
        })),
        phases: (0,src_profiler/* profileRows */.vE)(report.phases, report.totalMs).map((p) => ({
            name: p.name,
            depth: p.depth,
            at: Math.round(p.at),
            ms: Math.round(p.ms),
            ...(p.share === undefined ? {} : { share: p.share }),
        })),
    };
}

;// CONCATENATED MODULE: ./src/app.ts
// What the action and the CLI share around the pipeline: cancellation on signals, and the
// report written at the end whatever happened.




/** Longest time between a SIGINT/SIGTERM and the process exiting. */
const CANCEL_DEADLINE_MS = 4500;
/**
 * On SIGINT or SIGTERM: stop every child process group, let the pipeline write its report with the
 * running stage marked cancelled, and exit non-zero within CANCEL_DEADLINE_MS whatever happens.
 */
function installCancellation(onSignal) {
    let seen = false;
    const handler = (signal) => {
        if (seen)
            return;
        seen = true;
        onSignal(signal);
        setTimeout(() => process.exit(signal === 'SIGINT' ? 130 : 143), CANCEL_DEADLINE_MS).unref();
        void (0,exec/* cancelAll */._X)();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
}
function writeJsonReport(path, report) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(jsonReport(report), null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/inputs/errors.ts
var errors = __nccwpck_require__(1318);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __nccwpck_require__(8431);
;// CONCATENATED MODULE: ./src/inputs/cache-directories.ts
// The cache-directories input: extra paths to cache, refused when they are, lie in or hold a
// credential location, lie outside the workspace and the home directory, or are glob patterns.



/** Credential locations, relative to the home directory: never cached, nor any folder holding one. */
const HOME_CREDENTIALS = [
    '.ssh',
    '.gnupg',
    '.docker',
    '.aws',
    '.azure',
    '.kube',
    '.netrc',
    '.git-credentials',
    '.npmrc',
    '.pypirc',
    (0,external_node_path_.join)('.config', 'gh'),
    (0,external_node_path_.join)('.config', 'gcloud'),
    (0,external_node_path_.join)('.config', 'git', 'credentials'),
    (0,external_node_path_.join)('.cargo', 'credentials'),
    (0,external_node_path_.join)('.cargo', 'credentials.toml'),
];
/** Every credential location for this home, CARGO_HOME and checkout (actions/checkout keeps its token in .git). */
function credentialLocations(home, cargoHome, workspace) {
    return [
        ...HOME_CREDENTIALS.map((p) => (0,external_node_path_.join)(home, p)),
        (0,external_node_path_.join)(cargoHome, 'credentials'),
        (0,external_node_path_.join)(cargoHome, 'credentials.toml'),
        (0,external_node_path_.join)(workspace, '.git'),
    ];
}
/** ~, ~/…, $HOME, ${HOME} at the start of an entry → the home directory. */
function expandHome(entry, home) {
    const m = /^(?:~|\$HOME|\$\{HOME\})(?=$|[\\/])(.*)$/.exec(entry);
    return m ? (0,external_node_path_.join)(home, m[1] ?? '') : entry;
}
/**
 * Resolves `cache-directories` entries to absolute paths (relative ones against the working
 * directory) and refuses any that is, lies in, or holds a credential location, that lies outside
 * both the workspace and the home directory, that is the home directory itself, or that is a glob
 * pattern (@actions/cache would expand it, past these checks).
 */
function resolveCacheDirectories(entries, where) {
    const home = (0,paths/* homeOf */.lt)(where.env);
    const credentials = credentialLocations(home, (0,paths/* cargoHomeOf */.nN)(where.env), where.workspace);
    // Each place as written and where its symlinks lead.
    const both = (p) => [...new Set([p, (0,paths/* realPathOf */.dN)(p)])];
    const homes = both(home);
    const roots = [...both(where.workspace), ...homes];
    const creds = credentials.flatMap(both);
    return entries.map((entry) => {
        const expanded = expandHome(entry, home);
        if (/[*?[\]{}]/.test(expanded) || expanded.startsWith('!'))
            throw cacheDirError(entry, 'glob patterns are not allowed');
        const path = (0,external_node_path_.resolve)(where.workingDirectory, expanded);
        for (const p of both(path)) {
            const hit = creds.find((c) => (0,paths/* isInside */.FK)(p, c) || (0,paths/* isInside */.FK)(c, p));
            if (hit)
                throw cacheDirError(entry, `${p} ${(0,paths/* isInside */.FK)(p, hit) ? 'is' : 'holds'} the credential location ${hit}`);
            if (homes.some((h) => (0,paths/* isInside */.FK)(h, p)))
                throw cacheDirError(entry, `${p} holds the whole home directory`);
            if (!roots.some((r) => (0,paths/* isInside */.FK)(p, r)))
                throw cacheDirError(entry, `${p} is outside the workspace and the home directory`);
        }
        return path;
    });
}
function cacheDirError(entry, why) {
    return new errors/* InputError */.dz('cache-directories', entry, `${why}; allowed: paths inside the workspace or the home directory that hold no credentials.`);
}

;// CONCATENATED MODULE: ./src/inputs/feature-sets.ts
// Feature sets: the labels of the feature-sets input and the cargo arguments each one stands for.

const FEATURE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_\-/.]*$/;
/**
 * Parses a feature-sets list (or a cell's one feature set): default, all, none, or features joined
 * by "+", each becoming the cargo arguments that select it.
 */
function parseFeatureSets(name, value) {
    const sets = [];
    for (const entry of value
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const label = entry.replace(/\s*\+\s*/g, '+');
        if (label === 'default')
            sets.push({ label, args: [] });
        else if (label === 'all')
            sets.push({ label, args: ['--all-features'] });
        else if (label === 'none')
            sets.push({ label, args: ['--no-default-features'] });
        else {
            const parts = label.split('+');
            const noDefault = parts[0] === 'none';
            const features = noDefault ? parts.slice(1) : parts;
            const bad = features.find((f) => !FEATURE_NAME.test(f) || f === 'all' || f === 'none' || f === 'default');
            if (bad !== undefined || features.length === 0) {
                throw new errors/* InputError */.dz(name, value, `feature set ${JSON.stringify(entry)} is not understood; allowed: default, all, none, or feature names joined by "+" (optionally starting with "none+").`);
            }
            sets.push({ label, args: [...(noDefault ? ['--no-default-features'] : []), '--features', features.join(',')] });
        }
    }
    if (sets.length === 0)
        throw new errors/* InputError */.dz(name, value, 'give at least one feature set, e.g. "default".');
    const seen = new Set();
    for (const s of sets) {
        if (seen.has(s.label))
            throw new errors/* InputError */.dz(name, value, `feature set "${s.label}" is listed twice.`);
        seen.add(s.label);
    }
    return sets;
}

;// CONCATENATED MODULE: ./src/inputs/patterns.ts
// What a valid value looks like, for the inputs whose checks share a shape.
/** A runner label, e.g. ubuntu-latest. */
const RUNNER_LABEL = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** rustup's channels, and the names resolved before a run: msrv (Cargo.toml's rust-version), stable-N. */
const TOOLCHAIN = /^(msrv|stable-\d{1,3}|(stable|beta|nightly|\d+\.\d+(\.\d+)?)(-\d{4}-\d{2}-\d{2})?(-[a-z0-9_]+(-[a-z0-9_]+){1,3})?)$/;
const TRIPLE = /^[a-z0-9_]+(-[a-z0-9_.]+){1,3}$/;
const IMAGE = /^[a-z0-9]+([._-][a-z0-9]+)*(:\d+)?(\/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*$/;
const patterns_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const KEY_VALUE = /^[A-Za-z_][A-Za-z0-9_.-]*=/;
const VERSION = /^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;

// EXTERNAL MODULE: ./src/inputs/specs.ts
var specs = __nccwpck_require__(8793);
// EXTERNAL MODULE: ./src/inputs/types.ts
var types = __nccwpck_require__(3448);
;// CONCATENATED MODULE: ./src/inputs/matrix-cell.ts
// The schema of one planned matrix cell: the cell input, and each entry of the matrix input.





const CELL_HELP = 'allowed: one entry of the planned matrix as JSON, e.g. ${{ toJSON(matrix) }}';
/**
 * Validates one matrix entry (the cell input, or an entry of the matrix input). Fields GitHub adds
 * to toJSON(matrix), or that a workflow adds to an include entry, are ignored.
 */
function parseCellObject(input, raw, doc) {
    const where = input === 'cell' ? '' : ` in entry ${JSON.stringify(doc)}`;
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* InputError */.dz(input, raw, `expected a JSON object${where}; ${CELL_HELP}.`);
    }
    const o = doc;
    const text = (key) => {
        const v = o[key];
        if (typeof v !== 'string' || v.trim() === '')
            throw new errors/* InputError */.dz(input, raw, `the field "${key}" is missing or not a string${where}; ${CELL_HELP}.`);
        return v.trim();
    };
    const os = text('os');
    const toolchain = text('toolchain');
    const features = text('features');
    if (!RUNNER_LABEL.test(os))
        throw new errors/* InputError */.dz(input, raw, `"${os}" is not a runner label${where}.`);
    if (!TOOLCHAIN.test(toolchain))
        throw new errors/* InputError */.dz(input, raw, `"${toolchain}" is not a toolchain name${where}.`);
    if (parseFeatureSets(input, features).length !== 1) {
        throw new errors/* InputError */.dz(input, raw, `"${features}" is more than one feature set${where}; a cell has one.`);
    }
    const partition = parsePartition(input, raw, o.partition, where);
    const writer = o.cacheWriter;
    if (writer !== undefined && typeof writer !== 'boolean')
        throw new errors/* InputError */.dz(input, raw, `the field "cacheWriter" must be true or false${where}.`);
    const target = o.target;
    if (target !== undefined && (typeof target !== 'string' || !TRIPLE.test(target)))
        throw new errors/* InputError */.dz(input, raw, `the field "target" must be a target triple such as x86_64-unknown-linux-musl${where}.`);
    const cell = { os, toolchain, features: features.replace(/\s*\+\s*/g, '+'), ...(partition ? { partition } : {}) };
    const name = typeof o.name === 'string' && o.name.trim() !== '' ? o.name.trim() : (0,types/* cellName */.I)(cell);
    return { name, ...cell, cacheWriter: writer === true, ...(target !== undefined ? { target } : {}) };
}
function parsePartition(input, raw, p, where) {
    if (p === undefined || p === null)
        return undefined;
    const { index, count } = (typeof p === 'object' ? p : {});
    const whole = (n) => typeof n === 'number' && Number.isInteger(n);
    if (!whole(index) || !whole(count) || index < 1 || index > count || count > specs/* MAX_PARTITIONS */.zR) {
        throw new errors/* InputError */.dz(input, raw, `the field "partition" must be {"index": k, "count": N} with 1 ≤ k ≤ N ≤ ${specs/* MAX_PARTITIONS */.zR}${where}.`);
    }
    return count > 1 ? { index, count } : undefined;
}
function parseJson(input, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (e) {
        throw new errors/* InputError */.dz(input, raw, `not valid JSON (${e.message}); ${CELL_HELP}.`);
    }
}
/** The planned matrix (`{"include": [...]}` as mode: plan sets it, or a bare list of entries). */
function parsePlannedMatrix(raw) {
    const doc = parseJson('matrix', raw);
    const list = Array.isArray(doc) ? doc : doc?.include;
    if (!Array.isArray(list)) {
        throw new errors/* InputError */.dz('matrix', raw, 'allowed: the matrix output of a mode: plan step, {"include": [...]}.');
    }
    return list.map((entry) => parseCellObject('matrix', raw, entry));
}

;// CONCATENATED MODULE: ./src/inputs/parse-matrix.ts
// The scale-out inputs: mode, the runner labels and shards of a plan, the cell a job runs, and the
// reports and planned matrix of a merge.





/** The matrix inputs, and the cell this job runs when the cell input is set. */
function parseMatrixInputs(r, baseDir, testRunner) {
    const mode = r.oneOf('mode', specs/* MODES */.FN);
    const os = r.list('os');
    for (const label of os) {
        if (!RUNNER_LABEL.test(label))
            throw new errors/* InputError */.dz('os', r.str('os'), `"${label}" is not a runner label; allowed: labels like ubuntu-latest.`);
    }
    if (new Set(os).size !== os.length)
        throw new errors/* InputError */.dz('os', r.str('os'), 'a runner label is listed twice.');
    const partitions = r.int('partitions', 1, specs/* MAX_PARTITIONS */.zR);
    if (partitions > 1 && testRunner !== 'nextest') {
        throw new errors/* InputError */.dz('partitions', r.str('partitions'), 'allowed: 1 with test-runner: cargo; shards need test-runner: nextest (cargo test cannot split a test run).');
    }
    const rawCell = r.optional('cell');
    const cell = rawCell === undefined ? undefined : parseCellObject('cell', rawCell, parseJson('cell', rawCell));
    if (cell?.partition && testRunner !== 'nextest') {
        throw new errors/* InputError */.dz('cell', rawCell, `the cell is shard ${cell.partition.index}/${cell.partition.count} but test-runner is "${testRunner}"; allowed: shards with test-runner: nextest (as in the plan step).`);
    }
    const reports = r.optional('reports');
    if (mode === 'merge' && reports === undefined) {
        throw new errors/* InputError */.dz('reports', '', 'mode: merge needs the folder or glob of the cell jobs\' JSON reports, e.g. "reports" (where actions/download-artifact put them).');
    }
    const rawMatrix = r.optional('matrix');
    return {
        matrix: {
            mode,
            os,
            partitions,
            ...(reports !== undefined ? { reports: (0,external_node_path_.isAbsolute)(reports) ? reports : (0,external_node_path_.resolve)(baseDir, reports) } : {}),
            ...(rawMatrix !== undefined ? { planned: parsePlannedMatrix(rawMatrix) } : {}),
        },
        ...(cell ? { cell } : {}),
    };
}

;// CONCATENATED MODULE: ./src/inputs/registry-host.ts
// The registry host check: what docker login takes (the docker-registry input, and the hosts post logs out of).
/**
 * A registry as `docker login` takes it: a host name, an IPv4 address or a bracketed IPv6 address,
 * with an optional port; no scheme, path, user or spaces (they would reach docker's argv).
 */
function isRegistryHost(value) {
    const m = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\d{1,5}))?$/.exec(value);
    if (!m || value.length > 253)
        return false;
    return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 65535);
}

;// CONCATENATED MODULE: ./src/inputs/parse-release.ts
// The release inputs: the build stage's targets, binary and archive files, the docker stage's
// images, tags, registry and smoke test, and the GitHub Release.




/** The build of a release cell: its one target (as target, and as targets where that list exists). */
function cellBuild(build, target) {
    return { ...build, target, ...('targets' in build ? { targets: [target] } : {}) };
}
/** github-release and github-token; outside Actions the token's default expression is not a token. */
function parseGithubRelease(r) {
    const token = r.optional('github-token');
    return {
        setting: r.tristate('github-release'),
        ...(token !== undefined && !token.startsWith('${{') ? { token } : {}),
    };
}
/** Items of a comma/newline list where an empty item (`a,,b`) is an error rather than dropped. */
function strictList(r, name, what) {
    const raw = r.str(name);
    if (raw === '')
        return [];
    const items = raw.split(/[,\n]/).map((s) => s.trim());
    if (items.some((i) => i === ''))
        throw new errors/* InputError */.dz(name, raw, `an entry is empty; allowed: ${what}.`);
    return items;
}
function parseTargets(r) {
    const allowed = 'target triples such as x86_64-unknown-linux-musl, aarch64-unknown-linux-gnu, separated by commas or newlines';
    const targets = strictList(r, 'targets', allowed);
    const bad = targets.find((t) => !TRIPLE.test(t));
    if (bad !== undefined)
        throw new errors/* InputError */.dz('targets', bad, `not a target triple; allowed: ${allowed}.`);
    const dup = targets.find((t, i) => targets.indexOf(t) !== i);
    if (dup !== undefined)
        throw new errors/* InputError */.dz('targets', r.str('targets'), `${dup} is listed twice.`);
    const target = r.optional('target');
    if (target !== undefined && !TRIPLE.test(target)) {
        throw new errors/* InputError */.dz('target', target, 'allowed: a target triple such as x86_64-unknown-linux-musl, or empty for the host.');
    }
    if (target !== undefined && targets.length > 0)
        throw new errors/* InputError */.dz('targets', r.str('targets'), `set either target (${target}) or targets, not both.`);
    return target !== undefined ? [target] : targets;
}
function parseArchiveFiles(r) {
    const files = strictList(r, 'archive-files', "paths relative to the package's directory");
    const bad = files.find((f) => (0,external_node_path_.isAbsolute)(f) || f.split(/[\\/]/).includes('..'));
    if (bad !== undefined)
        throw new errors/* InputError */.dz('archive-files', bad, 'allowed: a path inside the package\'s directory (relative, no "..").');
    return files.length ? files : undefined;
}
function parseBuild(r) {
    const targets = parseTargets(r);
    const bin = r.optional('bin');
    if (bin !== undefined && !/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(bin)) {
        throw new errors/* InputError */.dz('bin', bin, 'allowed: the name of a [[bin]] target (letters, digits, "_" and "-").');
    }
    const archiveFiles = parseArchiveFiles(r);
    return {
        ...(targets[0] !== undefined ? { target: targets[0] } : {}),
        targets,
        static: r.tristate('static'),
        profile: r.oneOf('profile', ['release', 'size']),
        bin,
        ...(archiveFiles ? { archiveFiles } : {}),
        auditable: r.bool('auditable'),
    };
}
function parseDocker(r, resolvePath) {
    const images = r.listMatching('docker-image', IMAGE, (image) => `"${image}" is not an image name; allowed: lower-case names like ghcr.io/acme/svc or localhost:5000/app, without a tag.`);
    const { tags, replaceTags } = parseDockerTags(r);
    for (const name of ['docker-build-args', 'docker-labels']) {
        for (const line of r.lines(name)) {
            if (!KEY_VALUE.test(line))
                throw new errors/* InputError */.dz(name, line, 'allowed: one KEY=VALUE per line.');
        }
    }
    return {
        images,
        dockerfile: resolvePath(r.optional('dockerfile')),
        context: resolvePath(r.optional('docker-context')),
        buildArgs: r.lines('docker-build-args'),
        labels: r.lines('docker-labels'),
        platforms: r.listMatching('docker-platforms', /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, (p) => `"${p}" is not a platform; allowed: os/arch[/variant], e.g. linux/amd64.`),
        tags,
        replaceTags,
        push: r.tristate('push'),
        registry: dockerRegistry(r),
        username: r.optional('docker-username'),
        password: r.optional('docker-password'),
        pushRetries: r.int('push-retries', 0, 10),
        smoke: parseSmoke(r),
    };
}
function parseSmoke(r) {
    const healthPath = r.str('health-path');
    if (!/^\/[\x21-\x7e]*$/.test(healthPath))
        throw new errors/* InputError */.dz('health-path', healthPath, 'allowed: a path starting with "/", without spaces, e.g. /health.');
    const port = r.optional('health-port');
    return {
        mode: r.oneOf('smoke-test', ['auto', 'none', 'http', 'command']),
        healthPath,
        ...(port !== undefined ? { healthPort: r.int('health-port', 1, 65535) } : {}),
        healthTimeoutSeconds: r.int('health-timeout', 1, 600),
        stopTimeoutSeconds: r.int('stop-timeout', 0, 300),
        args: r.words('smoke-args'),
    };
}
/** docker-tags: extra tags, or with a leading "!" the only tags. */
function parseDockerTags(r) {
    const rawTags = r.list('docker-tags');
    const replaceTags = rawTags.length > 0 && rawTags[0].startsWith('!');
    const tags = rawTags.map((t, i) => (i === 0 && replaceTags ? t.slice(1).trim() : t)).filter(Boolean);
    for (const tag of tags) {
        if (!patterns_TAG.test(tag))
            throw new errors/* InputError */.dz('docker-tags', r.str('docker-tags'), `"${tag}" is not a valid tag; allowed: letters, digits, "_", "." and "-", at most 128, not starting with "." or "-".`);
    }
    return { tags, replaceTags };
}
function dockerRegistry(r) {
    const v = r.optional('docker-registry');
    if (v !== undefined && !isRegistryHost(v))
        throw new errors/* InputError */.dz('docker-registry', v, 'allowed: a registry host, optionally with a port (ghcr.io, registry.example.com:5000, 127.0.0.1:5000), without https:// or a path; or empty to derive it from docker-image.');
    return v;
}

;// CONCATENATED MODULE: ./src/inputs/reader.ts
// Raw input values: how one is read (empty means the default), and how it reads as a boolean, a
// tristate, a number, a list or shell-like words. Each bad value is an InputError.


/** The inputs of one source, read and checked one at a time. */
class Reader {
    source;
    constructor(source) {
        this.source = source;
    }
    str(name) {
        const raw = (this.source(name) ?? '').trim();
        return raw === '' ? (0,specs/* inputSpec */.mm)(name).default : raw;
    }
    optional(name) {
        const v = this.str(name);
        return v === '' ? undefined : v;
    }
    bool(name) {
        const v = this.str(name);
        if (/^(true|yes|on|1)$/i.test(v))
            return true;
        if (/^(false|no|off|0)$/i.test(v))
            return false;
        throw new errors/* InputError */.dz(name, v, 'allowed: true or false.');
    }
    tristate(name) {
        const v = this.str(name).toLowerCase();
        if (v === 'auto')
            return 'auto';
        if (/^(true|yes|on|1)$/.test(v))
            return 'true';
        if (/^(false|no|off|0)$/.test(v))
            return 'false';
        throw new errors/* InputError */.dz(name, this.str(name), 'allowed: true, false or auto.');
    }
    oneOf(name, allowed) {
        const v = this.str(name);
        const hit = allowed.find((a) => a === v.toLowerCase());
        if (!hit)
            throw new errors/* InputError */.dz(name, v, `allowed: ${allowed.join(', ')}.`);
        return hit;
    }
    int(name, min, max) {
        const v = this.str(name);
        if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
            throw new errors/* InputError */.dz(name, v, `allowed: a whole number from ${min} to ${max}.`);
        }
        return Number(v);
    }
    percent(name) {
        const v = this.optional(name);
        if (v === undefined)
            return undefined;
        const n = Number(v.replace(/%$/, ''));
        if (!/^\d+(\.\d+)?%?$/.test(v) || n > 100) {
            throw new errors/* InputError */.dz(name, v, 'allowed: a percentage from 0 to 100, or empty.');
        }
        return n;
    }
    /** Comma- or newline-separated list, trimmed, empties dropped. */
    list(name) {
        return splitList(this.str(name));
    }
    /** A list whose every item must match `pattern`; the error quotes the whole input and names the bad item. */
    listMatching(name, pattern, problem) {
        const items = this.list(name);
        const bad = items.find((item) => !pattern.test(item));
        if (bad !== undefined)
            throw new errors/* InputError */.dz(name, this.str(name), problem(bad));
        return items;
    }
    /** One entry per line (for KEY=VALUE inputs whose values may contain commas). */
    lines(name) {
        return this.str(name)
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    }
    words(name) {
        try {
            return splitArgs(this.str(name));
        }
        catch (e) {
            throw new errors/* InputError */.dz(name, this.str(name), e.message);
        }
    }
}
/** A comma- or newline-separated list, trimmed, empties dropped. */
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/**
 * Splits an argument string the way a POSIX shell would split words (quotes and backslashes),
 * without expanding anything: `$HOME`, `;`, `|` and backticks stay literal text.
 */
function splitArgs(value) {
    const args = [];
    let cur = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < value.length && '"\\'.includes(value[i + 1]))
                cur += value[++i];
            else
                cur += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < value.length) {
            cur += value[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                args.push(cur);
            cur = '';
            inWord = false;
        }
        else {
            cur += c;
            inWord = true;
        }
    }
    if (quote)
        throw new Error(`unterminated ${quote} quote; quote each argument fully.`);
    if (inWord)
        args.push(cur);
    return args;
}

;// CONCATENATED MODULE: ./src/inputs/parse.ts
// parseInputs: every input read, checked and turned into one Inputs. The release and scale-out
// inputs are parsed by parse-release.ts and parse-matrix.ts.









/**
 * Parses and validates every input. `baseDir` is what relative paths are resolved against
 * (GITHUB_WORKSPACE in the action, the current directory in the CLI); `env` says where the home
 * directory and CARGO_HOME are.
 */
function parseInputs(source, baseDir, env = process.env) {
    const r = new Reader(source);
    const wd = r.str('working-directory');
    const workingDirectory = (0,external_node_path_.isAbsolute)(wd) ? wd : (0,external_node_path_.resolve)(baseDir, wd);
    const testRunner = r.oneOf('test-runner', ['cargo', 'nextest']);
    // A cell run tests only its own toolchain and feature set, and the other stages use them too.
    const { matrix, cell } = parseMatrixInputs(r, baseDir, testRunner);
    const toolchains = r.listMatching('toolchains', TOOLCHAIN, (t) => `"${t}" is not a toolchain name; allowed: stable, beta, nightly, a version like 1.80 or 1.80.1, optionally with a -YYYY-MM-DD date, msrv (the rust-version in Cargo.toml), or stable-N (N releases before stable, e.g. stable-2).`);
    const featureSets = parseFeatureSets('feature-sets', r.str('feature-sets'));
    const resolvePath = (p) => p === undefined ? undefined : (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(workingDirectory, p);
    return {
        stages: parseStages(r),
        matrix,
        workingDirectory,
        toolchains: cell ? [cell.toolchain] : toolchains,
        featureSets: cell ? parseFeatureSets('cell', cell.features) : featureSets,
        parallel: r.bool('parallel'),
        failFast: r.bool('fail-fast'),
        testRunner,
        testArgs: r.words('test-args'),
        ...(cell ? { cell } : {}),
        clippyArgs: r.words('clippy-args'),
        clippyDenyWarnings: r.bool('clippy-deny-warnings'),
        maxAnnotations: r.int('max-annotations', 0, 1000),
        cache: {
            enabled: r.bool('cache'),
            sharedKey: r.str('shared-key'),
            keySuffix: r.str('cache-key-suffix'),
            onFailure: r.bool('cache-on-failure'),
            save: parseCacheSave(r.str('cache-save')),
            directories: resolveCacheDirectories(r.list('cache-directories'), {
                workspace: (0,external_node_path_.resolve)(baseDir),
                workingDirectory,
                env,
            }),
            restoreTimeoutSeconds: r.int('cache-restore-timeout', 1, 3600),
        },
        coverage: {
            failUnder: r.percent('coverage-fail-under'),
            dir: r.str('coverage-dir'),
            args: r.words('tarpaulin-args'),
        },
        audit: {
            db: resolvePath(r.optional('audit-db')),
            ignore: r.listMatching('audit-ignore', /^(RUSTSEC|CVE|GHSA)-[\w-]+$/, (id) => `"${id}" is not an advisory id; allowed: ids like RUSTSEC-2020-0071.`),
            denyWarnings: r.bool('audit-deny-warnings'),
        },
        tools: parseTools(r),
        // A release matrix's cell builds its own target.
        build: cell?.target ? cellBuild(parseBuild(r), cell.target) : parseBuild(r),
        deny: { config: resolvePath(r.optional('deny-config')), checks: parseDenyChecks(r) },
        docker: parseDocker(r, resolvePath),
        githubRelease: parseGithubRelease(r),
    };
}
function parseStages(r) {
    const stageList = r.list('stages').map((s) => s.toLowerCase());
    if (stageList.length === 0)
        throw new errors/* InputError */.dz('stages', r.str('stages'), `allowed: ${specs/* STAGES */.an.join(', ')}.`);
    for (const s of stageList) {
        if (!specs/* STAGES */.an.includes(s)) {
            throw new errors/* InputError */.dz('stages', r.str('stages'), `unknown stage "${s}"; allowed: ${specs/* STAGES */.an.join(', ')}.`);
        }
    }
    if (stageList.includes('publish') && !stageList.includes('build'))
        throw new errors/* InputError */.dz('stages', r.str('stages'), 'the publish stage publishes what the build stage makes: list build too.');
    return specs/* STAGES */.an.filter((s) => stageList.includes(s));
}
function parseTools(r) {
    const mirror = r.optional('tool-mirror');
    if (mirror !== undefined && !/^(https?|file):\/\/\S+$/.test(mirror)) {
        throw new errors/* InputError */.dz('tool-mirror', mirror, 'allowed: an http(s):// or file:// URL, or empty.');
    }
    const toolVersion = (name) => {
        const v = r.str(name);
        if (!VERSION.test(v))
            throw new errors/* InputError */.dz(name, v, 'allowed: a version like 1.2.3.');
        return v;
    };
    return {
        mirror,
        versions: {
            'cargo-audit': toolVersion('cargo-audit-version'),
            'cargo-tarpaulin': toolVersion('cargo-tarpaulin-version'),
            'cargo-nextest': toolVersion('cargo-nextest-version'),
            'cargo-deny': toolVersion('cargo-deny-version'),
            'cargo-auditable': toolVersion('cargo-auditable-version'),
        },
    };
}
function parseDenyChecks(r) {
    const given = r.list('deny-checks');
    for (const c of given) {
        if (!specs/* DENY_CHECKS */.xo.includes(c)) {
            throw new errors/* InputError */.dz('deny-checks', r.str('deny-checks'), `unknown check "${c}"; allowed: ${specs/* DENY_CHECKS */.xo.join(', ')}.`);
        }
    }
    if (given.length === 0)
        throw new errors/* InputError */.dz('deny-checks', r.str('deny-checks'), `allowed: ${specs/* DENY_CHECKS */.xo.join(', ')}.`);
    return specs/* DENY_CHECKS */.xo.filter((c) => given.includes(c));
}
function parseCacheSave(value) {
    const v = value.trim().toLowerCase();
    if (v === 'auto' || v === 'always' || v === 'never' || v === 'true')
        return v;
    if (v === 'false')
        return 'never';
    throw new errors/* InputError */.dz('cache-save', value, 'allowed: auto, always, never, true or false.');
}

// EXTERNAL MODULE: ./src/cargo/audit.ts
var audit = __nccwpck_require__(7823);
// EXTERNAL MODULE: ./src/cargo/audit-findings.ts
var audit_findings = __nccwpck_require__(6314);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __nccwpck_require__(9373);
// EXTERNAL MODULE: ./src/tools/advisory-db-checkout.ts
var advisory_db_checkout = __nccwpck_require__(4172);
// EXTERNAL MODULE: ./src/tools/index.ts + 6 modules
var tools = __nccwpck_require__(4640);
// EXTERNAL MODULE: ./src/stages/cargo-run.ts
var cargo_run = __nccwpck_require__(3143);
;// CONCATENATED MODULE: ./src/stages/audit.ts
// audit: cargo-audit against the RustSec advisory database. Each advisory becomes an annotation
// on the `name = "<crate>"` line of that package in Cargo.lock.














/** Cargo.lock for the working directory: its own, else the nearest one up to the repository root. */
function findLockfile(cwd, repoRoot) {
    return (0,paths/* findUp */.dJ)(cwd, repoRoot, ['Cargo.lock']);
}

function auditBlocks(report, ignored) {
    const all = [...report.vulnerabilities, ...report.warnings];
    const blocks = [];
    if (all.length === 0) {
        const n = report.dependencyCount;
        blocks.push({
            kind: 'text',
            text: n === undefined
                ? 'No advisories for the locked crates.'
                : `No advisories for the ${(0,src_text/* plural */.LS)(n, 'crate')} in Cargo.lock.`,
        });
    }
    else {
        blocks.push({
            kind: 'table',
            header: ['advisory', 'crate', 'version', 'kind', 'severity', 'title', 'patched'],
            rows: all.map((f) => [
                f.id ? (f.id.startsWith('RUSTSEC-') ? `[${f.id}](${(0,audit_findings/* advisoryUrl */.Le)(f.id)})` : f.id) : '—',
                f.package,
                f.version,
                f.kind,
                f.severity ?? '—',
                f.title,
                f.patched.length ? f.patched.join('; ') : 'none',
            ]),
        });
    }
    if (ignored.length)
        blocks.push({ kind: 'text', text: `Ignored (audit-ignore): ${ignored.join(', ')}` });
    return blocks;
}
function describeDb(plan, fetched, report) {
    const count = report.advisoryCount !== undefined ? `${report.advisoryCount} advisories, ` : '';
    const state = plan.why === 'audit-db input'
        ? 'local copy from audit-db, not fetched'
        : fetched
            ? plan.why === 'stale'
                ? `fetched now; the cached copy was ${plan.fetchedAt ? `from ${plan.fetchedAt.toISOString().slice(0, 10)}` : 'of unknown age'}`
                : 'fetched now'
            : plan.why === 'fetched today'
                ? `fetched today at ${plan.fetchedAt.toISOString().slice(11, 16)} UTC, not fetched again`
                : `could not be updated; last fetched ${plan.fetchedAt?.toISOString() ?? 'at an unknown time'}`;
    return `Advisory database: \`${plan.path}\` (${count}${state})`;
}
async function runAudit(ctx, tool, args, timeoutMs) {
    (0,context/* logCommand */.QW)(ctx.log, 'cargo-audit', args);
    // The JSON report is read whole: a generous bound (a dropped start makes it unreadable, and says so).
    return ctx.exec(tool.path, args, {
        cwd: ctx.cwd,
        env: ctx.env,
        echo: 'stderr',
        timeoutMs,
        keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
    });
}
function tryParse(res) {
    try {
        return (0,audit/* parseAuditJson */.FA)(res.stdout);
    }
    catch {
        return undefined;
    }
}
const auditStage = {
    name: 'audit',
    title: 'Security audit (cargo audit)',
    async run(ctx) {
        const installed = await (0,cargo_run/* stageTool */.hb)(ctx, 'cargo-audit', (message) => installProblem(ctx.inputs.tools.versions['cargo-audit'], message));
        if (!installed.ok)
            return installed.result;
        const tool = installed.value;
        const toolInfo = (0,tools/* toolBlocks */.hY)([tool]);
        const missing = missingDb(ctx.inputs.audit.db);
        if (missing)
            return (0,context/* result */.Ke)('failure', 'advisory database not found', {
                findings: [missing],
                blocks: [
                    ...cannotRun('The advisory database named by audit-db does not exist', (0,src_blocks/* escapeText */.X1)(missing.message)),
                    ...toolInfo,
                ],
            });
        const lock = await ensureLockfile(ctx);
        if (!lock.ok)
            return (0,context/* result */.Ke)('failure', 'no Cargo.lock', {
                findings: [lock.result],
                blocks: [...lockfileProblem(lock.result.message), ...toolInfo],
            });
        const today = (0,clock/* now */.tB)(ctx.env);
        const plan = (0,advisory_db_checkout/* planAdvisoryDb */.dj)(ctx.toolDir, ctx.inputs.audit.db, today);
        const run = await auditWithDb(ctx, tool, plan, lock.value);
        if (run.res.killed === 'cancelled')
            return (0,context/* result */.Ke)('cancelled', 'cancelled', { blocks: toolInfo });
        if (!run.report) {
            const output = (0,src_text/* lastLines */.w$)(run.res.stderr || run.res.stdout);
            const hint = plan.why === 'missing' ? `\n${fetchFix()}` : '';
            return (0,context/* result */.Ke)('failure', `cargo audit failed (exit ${run.res.code})`, {
                findings: [...run.notes, { level: 'error', title: 'cargo audit', message: `${output}${hint}` }],
                blocks: [...auditProblem(plan, run.res.code, output), ...toolInfo],
            });
        }
        if (run.fetched)
            (0,advisory_db_checkout/* markFetched */.Zm)(ctx.toolDir, today);
        return auditResult(ctx, { ...run, report: run.report }, plan, lock.value, tool);
    },
};
/** The section of an audit that did not run: what stopped it and what to do (in bold), then the tool's own words. */
function cannotRun(what, why, output) {
    return [
        { kind: 'text', text: `❌ **${what}**, so no advisory was checked. ${why}` },
        ...(output ? [{ kind: 'details', summary: 'its output', body: output }] : []),
    ];
}
/** The line of a tool's output that says what went wrong: its first error line, else its last line. */
function errorLine(output) {
    const lines = output.split('\n').filter((l) => l.trim());
    return lines.find((l) => /\berror\b/i.test(l)) ?? lines.at(-1) ?? '';
}
function fetchFix() {
    const host = new URL(advisory_db_checkout/* ADVISORY_DB_URL */.L0).host;
    return (`The advisory database could not be fetched from ${host} (${advisory_db_checkout/* ADVISORY_DB_URL */.L0}). Without access to ${host}, ` +
        'check out a copy of the RustSec advisory-db in an earlier step (or keep one in the repository) and give its path with the audit-db input.');
}
function installProblem(version, message) {
    const [first = message] = message.split('\n');
    return cannotRun(`cargo-audit ${version} could not be installed`, `${(0,src_blocks/* code */.aY)(first)}. To fix it: give the installer a verified archive (the tool-mirror input and/or a ${(0,src_blocks/* code */.aY)('RUST_PIPELINE_TOOL_CHECKSUMS')} file with its sha256), ` +
        `let ${(0,src_blocks/* code */.aY)(`cargo install --locked --version ${version} cargo-audit`)} succeed on the runner, ` +
        `or install cargo-audit ${version} in an earlier step so that it is on PATH.`, message);
}
function lockfileProblem(output) {
    return cannotRun('There is no Cargo.lock and cargo generate-lockfile failed', `${(0,src_blocks/* code */.aY)(errorLine(output))}. Commit the Cargo.lock, or make the manifest resolve (cargo generate-lockfile).`, output);
}
function auditProblem(plan, exit, output) {
    if (plan.why === 'missing')
        return cannotRun('The advisory database could not be fetched', `${(0,src_blocks/* code */.aY)(errorLine(output))}. ${fetchFix()}`, output);
    return cannotRun(`cargo audit failed (exit ${exit}) and gave no report`, `${(0,src_blocks/* code */.aY)(errorLine(output))}.`, output);
}
/** The audit-db input names a folder that does not exist. */
function missingDb(db) {
    if (!db || (0,external_node_fs_.existsSync)(db))
        return undefined;
    return {
        level: 'error',
        title: 'audit-db',
        message: `${(0,errors/* inputRef */.io)('audit-db')} names ${JSON.stringify(db)}, which does not exist. Give the path of a RustSec advisory-db checkout, or leave it empty to use the cached copy.`,
    };
}
/** The workspace's Cargo.lock; without one, the versions cargo would pick today (generate-lockfile). */
async function ensureLockfile(ctx) {
    const found = findLockfile(ctx.cwd, ctx.repoRoot);
    if (found)
        return (0,context.ok)(found);
    ctx.log.info('No Cargo.lock: generating one to audit the versions cargo would pick today.');
    const gen = await (0,cargo_run/* runCargo */.Ch)(ctx, { args: ['generate-lockfile'], env: {} }, ctx.toolchain);
    const lockfile = findLockfile(ctx.cwd, ctx.repoRoot);
    if (gen.code === 0 && lockfile)
        return (0,context.ok)(lockfile);
    return (0,context/* stop */.ds)({ level: 'error', title: 'cargo generate-lockfile', message: (0,src_text/* lastLines */.w$)(gen.stderr) });
}
/**
 * cargo audit, fetching the database when it is missing or stale; when a stale one cannot be
 * fetched (network or GitHub down), again against the copy we have, with a note saying how old it is.
 */
async function auditWithDb(ctx, tool, plan, lockfile) {
    const { ignore } = ctx.inputs.audit;
    const build = (fetch) => (0,audit/* auditArgs */.vN)({ subcommand: tool.subcommand, db: plan.path, fetch, ignore, lockfile });
    const res = await ctx.profiler.measure(plan.fetch ? 'cargo audit (with database fetch)' : 'cargo audit', () => runAudit(ctx, tool, build(plan.fetch), plan.fetch ? 600_000 : 120_000));
    const report = tryParse(res);
    if (res.killed === 'cancelled' || !plan.fetch || report || plan.why !== 'stale')
        return { res, report, fetched: plan.fetch && report !== undefined, notes: [] };
    const note = {
        level: 'warning',
        title: 'advisory database not updated',
        message: `The advisory database could not be fetched; auditing against the cached copy${plan.fetchedAt ? ` from ${plan.fetchedAt.toISOString()}` : ''}.\n${(0,src_text/* lastLines */.w$)(res.stderr, 5)}`,
    };
    const again = await ctx.profiler.measure('cargo audit (cached database)', () => runAudit(ctx, tool, build(false), 120_000));
    return { res: again, report: tryParse(again), fetched: false, notes: [note] };
}
/** The stage's result from cargo audit's report: annotations on Cargo.lock, the tables, the outputs. */
function auditResult(ctx, run, plan, lockfile, tool) {
    const { ignore, denyWarnings } = ctx.inputs.audit;
    const report = run.report;
    const lockRel = (0,paths/* repoRelative */.Ne)(lockfile, ctx.cwd, ctx.repoRoot);
    const findings = [...run.notes, ...(0,audit_findings/* auditFindings */.y1)(report, (0,external_node_fs_.readFileSync)(lockfile, 'utf8'), lockRel, denyWarnings)];
    const vulns = report.vulnerabilities.length;
    const warns = report.warnings.length;
    const failed = vulns > 0 || (denyWarnings && warns > 0);
    const summary = `${(0,src_text/* plural */.LS)(vulns, 'vulnerability', 'vulnerabilities')}, ${(0,src_text/* plural */.LS)(warns, 'warning')}${ignore.length ? `, ${ignore.length} ignored` : ''}`;
    const blocks = [
        ...auditBlocks(report, ignore),
        { kind: 'text', text: describeDb(plan, run.fetched, report) },
        ...(0,tools/* toolBlocks */.hY)([tool]),
    ];
    ctx.log.info(`${summary} (cargo audit ${(0,src_profiler/* formatMs */._V)(run.res.ms)})`);
    return (0,context/* result */.Ke)(failed ? 'failure' : 'success', summary, {
        findings,
        outputs: { vulnerabilities: String(vulns) },
        blocks,
        data: {
            vulnerabilities: report.vulnerabilities,
            warnings: report.warnings,
            ignored: ignore,
            database: { path: plan.path, fetched: run.fetched, reason: plan.why },
            lockfile: lockRel ?? lockfile,
            tool: (0,tools/* toolData */.dV)(tool),
        },
    });
}

// EXTERNAL MODULE: ./src/cargo/commands.ts
var cargo_commands = __nccwpck_require__(4212);
;// CONCATENATED MODULE: ./src/cargo/clippy.ts
/** Follows macro expansions back to the span in the user's source. */
function userSpan(span) {
    let s = span;
    while (s.expansion?.span && (s.file_name.startsWith('<') || s.file_name.includes('/.cargo/')))
        s = s.expansion.span;
    return s;
}
function parseClippyJson(stdout) {
    const seen = new Set();
    const out = [];
    for (const line of stdout.split(/\r?\n/)) {
        if (!line.startsWith('{'))
            continue;
        let msg;
        try {
            msg = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (msg.reason !== 'compiler-message' || !msg.message)
            continue;
        const m = msg.message;
        // Summary lines such as "aborting due to 2 previous errors" or "3 warnings emitted".
        if (m.spans.length === 0 && /^(aborting due to|\d+ warnings? emitted|warning: .* generated)/.test(m.message))
            continue;
        if (/^`.*` \((lib|bin|test|example|bench)[^)]*\) generated \d+ warnings?/.test(m.message))
            continue;
        const primary = m.spans.find((s) => s.is_primary);
        const span = primary ? userSpan(primary) : undefined;
        const d = {
            level: m.level,
            message: m.message,
            rendered: (m.rendered ?? m.message).replace(/\n+$/, ''),
            ...(m.code?.code ? { code: m.code.code } : {}),
            ...(span
                ? {
                    file: span.file_name,
                    line: span.line_start,
                    endLine: span.line_end,
                    column: span.column_start,
                    endColumn: span.column_end,
                }
                : {}),
            ...(msg.manifest_path ? { manifestPath: msg.manifest_path } : {}),
        };
        // The same diagnostic is reported once per target (lib and its test build): keep one.
        const key = `${d.level}|${d.code ?? ''}|${d.file ?? ''}|${d.line ?? ''}|${d.column ?? ''}|${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push(d);
    }
    return out;
}

// EXTERNAL MODULE: ./src/cargo/metadata.ts
var metadata = __nccwpck_require__(9899);
// EXTERNAL MODULE: ./src/cargo/workspace.ts
var workspace = __nccwpck_require__(485);
;// CONCATENATED MODULE: ./src/stages/clippy.ts








/** One diagnostic as an annotation: path relative to the repository root, the lint name as title. */
function clippyFinding(d, bases, repoRoot) {
    const file = d.file ? (0,workspace/* resolveReported */.O)(d.file, bases, repoRoot) : undefined;
    return {
        level: d.level === 'error' || d.level === 'ice' ? 'error' : 'warning',
        title: d.code ?? (d.level === 'error' ? 'rustc error' : 'rustc warning'),
        message: d.rendered,
        ...(file && d.line ? { file, line: d.line, endLine: d.endLine, column: d.column, endColumn: d.endColumn } : {}),
    };
}
const clippyStage = {
    name: 'clippy',
    title: 'Lint (cargo clippy)',
    async run(ctx) {
        const first = await (0,cargo_run/* firstToolchain */.QT)(ctx, ['clippy']);
        if (!first.ok)
            return first.result;
        const toolchain = first.value;
        // The workspace root: whether it has a Cargo.lock (--locked), and what rustc's file names are relative to.
        const root = await (0,metadata/* workspaceRoot */.oS)(ctx, toolchain);
        const cmd = (0,cargo_commands/* clippyCommand */.dy)({
            locked: await (0,cargo_run/* hasLockfile */.yj)(ctx, toolchain),
            features: ctx.inputs.featureSets[0],
            denyWarnings: ctx.inputs.clippyDenyWarnings,
            extra: ctx.inputs.clippyArgs,
            json: true,
        });
        // Only the compiler's messages are kept, as they arrive: whatever else reaches stdout (a proc
        // macro printing as it runs) is not held in memory.
        const messages = [];
        const res = await (0,cargo_run/* runCargo */.Ch)(ctx, cmd, toolchain, {
            echo: 'stderr',
            onStdoutLine: (line) => line.includes('"reason":"compiler-message"') && void messages.push(line),
        });
        if (res.killed)
            return (0,context/* result */.Ke)('cancelled', 'cancelled');
        const diags = parseClippyJson(messages.join('\n')).filter((d) => d.level === 'error' || d.level === 'warning' || d.level === 'ice');
        for (const d of diags)
            ctx.log.info(d.rendered);
        // rustc runs in the workspace root: file names of members are relative to it.
        const findings = diags.map((d) => clippyFinding(d, [root, ctx.cwd], ctx.repoRoot));
        const errors = findings.filter((f) => f.level === 'error').length;
        const warnings = findings.length - errors;
        const summary = `${(0,src_text/* plural */.LS)(errors, 'error')}, ${(0,src_text/* plural */.LS)(warnings, 'warning')}`;
        const lints = countBy(findings.map((f) => f.title ?? ''));
        const blocks = clippyBlocks(diags, findings, lints);
        const data = { errors, warnings, workspaceRoot: root, lints: Object.fromEntries(lints) };
        if (res.code === 0)
            return (0,context/* result */.Ke)('success', summary, { findings, blocks, data });
        if (findings.length === 0) {
            // cargo stopped before rustc spoke (a lockfile --locked refuses, a manifest error): its stderr says why.
            const why = (0,src_text/* lastLines */.w$)(res.stderr);
            findings.push({ level: 'error', title: 'cargo clippy', message: why });
            blocks.push({ kind: 'text', text: `cargo clippy failed (exit ${res.code}) without a diagnostic; the end of its output:` }, { kind: 'details', summary: 'cargo clippy output', body: why });
        }
        return (0,context/* result */.Ke)('failure', summary, { findings, blocks, data });
    },
};
/** Findings the summary lists one by one; the annotations and the JSON report have them all. */
const MAX_CLIPPY_ROWS = 15;
const MESSAGE_CHARS = 200;
/**
 * The section: the first findings with their place, lint and message; a count per lint when there
 * are more than that table shows.
 */
function clippyBlocks(diags, findings, lints) {
    if (findings.length === 0)
        return [];
    const rows = findings.map((f, i) => {
        const message = diags[i]?.message ?? f.message;
        return [
            f.file && f.line ? (0,src_blocks/* escapeText */.X1)(`${f.file}:${f.line}`) : '–',
            (0,src_blocks/* code */.aY)(f.title ?? ''),
            (0,src_blocks/* escapeText */.X1)(message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message),
        ];
    });
    const blocks = [
        {
            kind: 'table',
            header: ['location', 'lint', 'message'],
            rows: (0,src_blocks/* firstRows */.C)(rows, MAX_CLIPPY_ROWS, '(see the annotations and the JSON report)'),
        },
    ];
    if (findings.length > MAX_CLIPPY_ROWS)
        blocks.push({
            kind: 'table',
            header: ['lint', 'count'],
            align: ['left', 'right'],
            rows: lints.map(([l, n]) => [(0,src_blocks/* code */.aY)(l), String(n)]),
        });
    return blocks;
}
function countBy(items) {
    const m = new Map();
    for (const i of items)
        m.set(i, (m.get(i) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// EXTERNAL MODULE: ./src/cargo/units.ts
var units = __nccwpck_require__(8195);
// EXTERNAL MODULE: ./src/cargo/libtest.ts
var libtest = __nccwpck_require__(1479);
;// CONCATENATED MODULE: ./src/cargo/tarpaulin.ts
/** File names tarpaulin writes into --output-dir for `--out Xml Lcov Json`. */
const TARPAULIN_FILES = { xml: 'cobertura.xml', lcov: 'lcov.info', json: 'tarpaulin-report.json' };
/** Default engine: llvm works on Linux, macOS and Windows and needs no ptrace permission. */
const DEFAULT_ENGINE = 'llvm';
function tarpaulinArgs(o) {
    const args = [o.subcommand, '--workspace'];
    if (o.locked)
        args.push('--locked');
    args.push(...o.features.args);
    const has = (flag) => o.extra.some((a) => a === flag || a.startsWith(`${flag}=`));
    if (!has('--engine'))
        args.push('--engine', DEFAULT_ENGINE);
    if (!has('--target-dir'))
        args.push('--target-dir', o.targetDir);
    if (!has('--color'))
        args.push('--color', 'Never');
    args.push('--out', 'Xml', 'Lcov', 'Json', '--output-dir', o.outputDir);
    args.push(...o.extra);
    return args;
}
function joinPath(parts) {
    if (typeof parts === 'string')
        return parts;
    // tarpaulin splits the path into components, the first being the root ("/" or "C:\").
    if (parts.length === 0)
        return '';
    const [first, ...rest] = parts;
    const sep = first.includes('\\') ? '\\' : '/';
    return first.endsWith(sep) ? first + rest.join(sep) : [first, ...rest].join(sep);
}
function percentOf(covered, coverable) {
    return coverable === 0 ? 100 : (covered / coverable) * 100;
}
/** Parses tarpaulin-report.json. Files with nothing coverable are left out. */
function parseTarpaulinJson(text) {
    const doc = JSON.parse(text);
    if (!Array.isArray(doc.files))
        throw new Error('not a tarpaulin JSON report: no "files" array');
    const files = [];
    for (const f of doc.files) {
        const traces = f.traces ?? [];
        const coverable = f.coverable ?? traces.length;
        if (coverable === 0)
            continue;
        const uncoveredLines = traces.filter((t) => (t.stats?.Line ?? 0) === 0).map((t) => t.line);
        files.push({
            path: joinPath(f.path),
            covered: f.covered ?? traces.length - uncoveredLines.length,
            coverable,
            uncoveredLines,
        });
    }
    const covered = files.reduce((a, f) => a + f.covered, 0);
    const coverable = files.reduce((a, f) => a + f.coverable, 0);
    return { covered, coverable, percent: percentOf(covered, coverable), files };
}
/** Files worst first: lowest percent, then most uncovered lines, then by path. */
function worstFirst(files) {
    return [...files].sort((a, b) => percentOf(a.covered, a.coverable) - percentOf(b.covered, b.coverable) ||
        b.coverable - b.covered - (a.coverable - a.covered) ||
        a.path.localeCompare(b.path));
}
/** Collapses sorted line numbers into ranges: [2,3,4,7] → "2-4, 7". */
function lineRanges(lines) {
    const sorted = [...lines].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        out.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
        i = j + 1;
    }
    return out.join(', ');
}
/** Formats a percent with two decimals, as the `coverage` output carries it. */
function formatPercent(p) {
    return (Math.round(p * 100) / 100).toFixed(2);
}

;// CONCATENATED MODULE: ./src/stages/coverage.ts
// coverage: cargo-tarpaulin on the first toolchain and the first feature set of the matrix,
// writing Cobertura XML, lcov and JSON; the total as an output, a per-file table worst first.












/** Most files listed in the summary table; the rest are counted. */
const MAX_FILE_ROWS = 25;
function coverageBlocks(report, display) {
    const files = worstFirst(report.files);
    const shown = files.slice(0, MAX_FILE_ROWS);
    const blocks = [
        {
            kind: 'text',
            text: `**Line coverage: ${formatPercent(report.percent)}%** (${report.covered} of ${report.coverable} lines)`,
        },
        {
            kind: 'table',
            header: ['file', 'coverage', 'lines', 'not covered'],
            align: ['left', 'right', 'right', 'left'],
            rows: shown.map((f) => [
                display(f.path),
                `${formatPercent(percentOf(f.covered, f.coverable))}%`,
                `${f.covered}/${f.coverable}`,
                lineRanges(f.uncoveredLines),
            ]),
        },
    ];
    if (files.length > shown.length)
        blocks.push({ kind: 'text', text: `…and ${files.length - shown.length} more files (see the coverage files).` });
    return blocks;
}
const coverageStage = {
    name: 'coverage',
    title: 'Coverage (cargo tarpaulin)',
    async run(ctx) {
        // The first toolchain runs coverage: made sure of like fmt, clippy and test do (installed when
        // the toolchains input names it), before the tool, whose fallback builds it with cargo.
        const first = await (0,cargo_run/* firstToolchain */.QT)(ctx, []);
        if (!first.ok)
            return first.result;
        const toolchain = first.value;
        const installed = await (0,cargo_run/* stageTool */.hb)(ctx, 'cargo-tarpaulin');
        if (!installed.ok)
            return installed.result;
        const tool = installed.value;
        const files = freshOutputFiles(ctx);
        const features = ctx.inputs.featureSets[0];
        const { res, tests } = await runTarpaulin(ctx, tool, toolchain, features, files);
        // Tarpaulin cannot list the units it builds: in a target dir of the user's choosing they may sit
        // beside the other stages' units, which are then not pruned by use (src/cargo/units.ts).
        if (ctx.inputs.coverage.args.some((a) => a.startsWith('--target-dir')))
            (0,units/* recordUnits */.Zj)(ctx.tempDir, 'unknown');
        const toolInfo = (0,tools/* toolBlocks */.hY)([tool]);
        const data = { tool: (0,tools/* toolData */.dV)(tool), features: features.label, toolchain };
        if (res.killed)
            return (0,context/* result */.Ke)('cancelled', 'cancelled', { blocks: toolInfo, data });
        const report = readCoverageReport(ctx, files.json);
        if (res.code !== 0 || !report) {
            const failure = await failureOf(ctx, res, tests, toolchain, features);
            return (0,context/* result */.Ke)('failure', failure.summary, { findings: failure.findings, blocks: toolInfo, data });
        }
        return reportResult(ctx, report, files, data, toolInfo);
    },
};
/** The coverage-dir's files, with a previous run's removed so that they are never reported again. */
function freshOutputFiles(ctx) {
    const dirInput = ctx.inputs.coverage.dir;
    const outputDir = (0,external_node_path_.isAbsolute)(dirInput) ? dirInput : (0,external_node_path_.resolve)(ctx.cwd, dirInput);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    const files = {
        xml: (0,external_node_path_.join)(outputDir, TARPAULIN_FILES.xml),
        lcov: (0,external_node_path_.join)(outputDir, TARPAULIN_FILES.lcov),
        json: (0,external_node_path_.join)(outputDir, TARPAULIN_FILES.json),
    };
    for (const f of Object.values(files))
        (0,external_node_fs_.rmSync)(f, { force: true });
    return files;
}
async function runTarpaulin(ctx, tool, toolchain, features, files) {
    // The workspace's target directory (CARGO_TARGET_DIR and build.target-dir honoured, members
    // included), so the instrumented build sits where the shared cache looks.
    const meta = await (0,metadata/* cargoMetadata */.ge)(ctx, toolchain);
    const targetRoot = (0,paths/* targetDirOf */.c_)(ctx.cwd, ctx.env, meta.ok ? meta.value.targetDirectory : undefined);
    const args = tarpaulinArgs({
        subcommand: tool.subcommand,
        locked: await (0,cargo_run/* hasLockfile */.yj)(ctx, toolchain),
        features,
        outputDir: (0,external_node_path_.dirname)(files.json),
        // Instrumented builds get their own directory so they do not evict the normal build.
        targetDir: (0,external_node_path_.join)(targetRoot, 'tarpaulin'),
        extra: ctx.inputs.coverage.args,
    });
    (0,context/* logCommand */.QW)(ctx.log, 'cargo-tarpaulin', args, toolchain);
    // Test output is parsed as it arrives (tarpaulin prints the tests' output; exec keeps only a tail).
    const parser = new libtest/* LibtestParser */.fC();
    const onLine = (line) => parser.line(line);
    const res = await ctx.profiler.measure('cargo tarpaulin', () => ctx.exec(tool.path, args, {
        cwd: ctx.cwd,
        env: { ...ctx.env, ...(0,cargo_commands/* toolchainEnv */.JL)(toolchain) },
        echo: 'all',
        onStdoutLine: onLine,
        onStderrLine: onLine,
    }));
    return { res, tests: parser.finish() };
}
function readCoverageReport(ctx, jsonFile) {
    if (!(0,external_node_fs_.existsSync)(jsonFile))
        return undefined;
    try {
        return parseTarpaulinJson((0,external_node_fs_.readFileSync)(jsonFile, 'utf8'));
    }
    catch (e) {
        ctx.log.warning(`Could not read ${jsonFile}: ${e.message}`);
        return undefined;
    }
}
/**
 * Why tarpaulin gave no report. Tests that fail under it are annotated like the test stage does it:
 * panic locations and doc test names are relative to the workspace root.
 */
async function failureOf(ctx, res, tests, toolchain, features) {
    const bases = tests.failures.length ? [await (0,metadata/* workspaceRoot */.oS)(ctx, toolchain), ctx.cwd] : [];
    const findings = tests.failures.map((f) => ({
        level: 'error',
        title: `test failed under coverage: ${f.name}`,
        message: f.message ?? `${f.name} failed`,
        ...(0,libtest/* failureLocation */.UW)(f, bases, ctx.repoRoot),
    }));
    if (findings.length === 0) {
        const why = res.spawnError
            ? `cargo-tarpaulin could not be started: ${res.spawnError}`
            : (0,src_text/* lastLines */.w$)(`${res.stdout}\n${res.stderr}`, 30);
        findings.push({ level: 'error', title: `cargo tarpaulin (${features.label})`, message: why });
    }
    const summary = tests.failed > 0
        ? `${(0,src_text/* plural */.LS)(tests.failed, 'test')} failed under coverage`
        : res.code !== 0
            ? `cargo tarpaulin failed (exit ${res.code})`
            : 'no coverage report';
    return { summary, findings };
}
/** The stage's result from a coverage report: outputs, the per-file table and the threshold check. */
function reportResult(ctx, report, files, data, toolInfo) {
    const display = (p) => (0,paths/* repoRelative */.Ne)(p, ctx.cwd, ctx.repoRoot) ?? p;
    const percent = formatPercent(report.percent);
    const outputs = {
        coverage: percent,
        'coverage-xml': files.xml,
        'coverage-lcov': files.lcov,
        'coverage-json': files.json,
    };
    const failUnder = ctx.inputs.coverage.failUnder;
    const { below, findings, blocks: threshold } = thresholdCheck(report, percent, failUnder);
    Object.assign(data, {
        percent: Number(percent),
        covered: report.covered,
        coverable: report.coverable,
        failUnder: failUnder ?? null,
        files: worstFirst(report.files).map((f) => ({
            path: display(f.path),
            covered: f.covered,
            coverable: f.coverable,
            uncovered: f.uncoveredLines,
        })),
        outputs,
    });
    const summary = `${percent}% of ${report.coverable} lines${failUnder !== undefined ? ` (threshold ${failUnder}%)` : ''}`;
    const blocks = [...coverageBlocks(report, display), ...threshold, ...toolInfo];
    return (0,context/* result */.Ke)(below ? 'failure' : 'success', summary, { findings, outputs, blocks, data });
}
/** The coverage-fail-under check: whether the report is below it, its finding, and the line saying so. */
function thresholdCheck(report, percent, failUnder) {
    if (failUnder === undefined)
        return { below: false, findings: [], blocks: [] };
    const below = report.percent < failUnder;
    const findings = below
        ? [
            {
                level: 'error',
                title: 'coverage below threshold',
                message: `Line coverage is ${percent}%, below the coverage-fail-under threshold of ${failUnder}% (${report.covered} of ${report.coverable} lines covered).`,
            },
        ]
        : [];
    const text = below
        ? `❌ Below the coverage-fail-under threshold of ${failUnder}%.`
        : `✅ Meets the coverage-fail-under threshold of ${failUnder}%.`;
    return { below, findings, blocks: [{ kind: 'text', text }] };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
;// CONCATENATED MODULE: ./src/cargo/deny.ts
function denyArgs(o) {
    const args = [o.subcommand, '--format', 'json', '--color', 'never', '--metadata-path', o.metadata];
    if (o.offline)
        args.push('--offline');
    if (o.config)
        args.push('--config', o.config);
    return [...args, 'check', ...o.checks];
}
const CODES = {
    advisories: [
        'vulnerability',
        'notice',
        'unmaintained',
        'unsound',
        'yanked',
        'index-failure',
        'index-cache-load-failure',
        'advisory-not-detected',
        'unknown-advisory',
    ],
    bans: [
        'banned',
        'allowed',
        'not-allowed',
        'duplicate',
        'skipped',
        'wildcard',
        'unmatched-skip',
        'unnecessary-skip',
        'build-script-not-allowed',
        'exact-features-mismatch',
        'feature-banned',
        'unknown-feature',
        'default-feature-enabled',
        'path-bypassed',
        'path-bypassed-by-glob',
        'checksum-match',
        'checksum-mismatch',
        'denied-by-extension',
        'detected-executable',
        'detected-executable-script',
        'unable-to-check-path',
        'unmatched-bypass',
        'unmatched-path-bypass',
        'unmatched-glob',
        'unused-wrapper',
        'workspace-duplicate',
        'unresolved-workspace-dependency',
        'unused-workspace-dependency',
        'non-utf8-path',
        'non-root-path',
    ],
    licenses: [
        'rejected',
        'accepted',
        'unlicensed',
        'skipped-private-workspace-crate',
        'license-not-encountered',
        'license-exception-not-encountered',
        'missing-clarification-file',
        'parse-error',
        'empty-license-field',
        'no-license-field',
        'gather-failure',
    ],
    sources: [
        'git-source-underspecified',
        'allowed-source',
        'allowed-by-organization',
        'source-not-allowed',
        'unmatched-source',
        'unmatched-organization',
    ],
};
function checkOfCode(code) {
    for (const [check, codes] of Object.entries(CODES))
        if (codes.includes(code))
            return check;
    return 'config';
}
function crateOf(node) {
    const k = node?.Krate;
    return typeof k?.name === 'string' && typeof k.version === 'string'
        ? { name: k.name, version: k.version }
        : undefined;
}
function diagnosticOf(f) {
    const code = typeof f.code === 'string' ? f.code : '';
    const sev = f.severity;
    const advisory = f.advisory;
    const labels = (Array.isArray(f.labels) ? f.labels : []).map((l) => ({
        line: Number(l.line) || 0,
        column: Number(l.column) || 0,
        message: String(l.message ?? ''),
        span: String(l.span ?? ''),
    }));
    return {
        check: checkOfCode(code),
        severity: sev === 'error' || sev === 'warning' || sev === 'note' || sev === 'help' ? sev : 'error',
        code,
        message: String(f.message ?? ''),
        crates: (Array.isArray(f.graphs) ? f.graphs : []).map(crateOf).filter((c) => c !== undefined),
        labels,
        notes: (Array.isArray(f.notes) ? f.notes : []).map(String),
        ...(typeof advisory?.id === 'string' ? { advisoryId: advisory.id } : {}),
    };
}
function summaryOf(f) {
    const out = {};
    for (const check of Object.keys(CODES)) {
        const c = f[check];
        if (c)
            out[check] = { errors: Number(c.errors) || 0, warnings: Number(c.warnings) || 0 };
    }
    return out;
}
/** Reads cargo-deny's JSON lines; lines that are not JSON (a panic, clap's usage text) are kept as errors. */
function parseDenyJson(text) {
    const report = { diagnostics: [], errors: [], warnings: [] };
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        let raw;
        try {
            raw = JSON.parse(line);
        }
        catch {
            report.errors.push(line);
            continue;
        }
        const f = raw.fields ?? {};
        if (raw.type === 'diagnostic')
            report.diagnostics.push(diagnosticOf(f));
        else if (raw.type === 'summary')
            report.summary = summaryOf(f);
        else if (raw.type === 'log' && f.level === 'ERROR')
            report.errors.push(String(f.message ?? ''));
        else if (raw.type === 'log' && f.level === 'WARN')
            report.warnings.push(String(f.message ?? ''));
    }
    return report;
}

;// CONCATENATED MODULE: ./src/cargo/deny-report.ts
// The deny stage's findings and summary tables from cargo-deny's parsed report: a finding about a
// crate is annotated on that crate's entry in Cargo.lock, a policy problem on its line of the
// config file; one table per check.

/** The diagnostics worth a finding: errors and warnings (cargo-deny's notes and helps are counted, not shown). */
function shown(report) {
    return report.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
}
function what(d) {
    return d.advisoryId ? `${d.advisoryId}: ${d.message}` : `${d.code}: ${d.message}`;
}
/** Crate findings whose labels point into the config (the entry that bans, allows or skips the crate). */
const CONFIG_LABELS = new Set(['banned', 'allowed', 'not-allowed', 'skipped', 'build-script-not-allowed']);
function why(d, configName) {
    const inConfig = d.crates.length > 0 && configName !== undefined && CONFIG_LABELS.has(d.code);
    const labels = d.labels
        .filter((l) => l.message)
        .map((l) => {
        if (l.message === 'reason')
            return `reason: ${l.span}`;
        return inConfig ? `${l.message} (${configName} line ${l.line})` : l.message;
    });
    return [...new Set(labels)].join('; ');
}
/** Without network cargo-deny cannot read the registry index: drops its per-crate "unable to check for yanked crates". */
function withoutIndexFailures(report) {
    const diagnostics = report.diagnostics.filter((d) => d.code !== 'index-failure');
    return { report: { ...report, diagnostics }, dropped: report.diagnostics.length - diagnostics.length };
}
function denyFinding(d, files, lines) {
    const crate = d.crates[0];
    const title = `${d.check}: ${d.advisoryId ?? d.code}${crate ? ` ${crate.name} ${crate.version}` : ''}`;
    const message = [what(d), why(d, files.config), ...d.notes].filter(Boolean).join('\n');
    const level = d.severity === 'error' ? 'error' : 'warning';
    if (crate) {
        const line = lines.get(`${crate.name}@${crate.version}`);
        return { level, title, message, ...(files.lock && line ? { file: files.lock, line } : {}) };
    }
    const label = d.labels[0];
    return { level, title, message, ...(files.config && label ? { file: files.config, line: label.line } : {}) };
}
function denyFindings(report, files) {
    const lines = (0,audit/* lockfileLines */.Lu)(files.lockText);
    return shown(report).map((d) => denyFinding(d, files, lines));
}
/** One table per check that ran (crate, version, what, why), and the config's own problems. */
function denyBlocks(report, checks, configName) {
    const diags = shown(report);
    const groups = [...(diags.some((d) => d.check === 'config') ? ['config'] : []), ...checks];
    const blocks = [];
    for (const group of groups) {
        const mine = diags.filter((d) => d.check === group);
        const name = group === 'config' ? `config (${configName ?? 'defaults'})` : group;
        if (mine.length === 0) {
            blocks.push({ kind: 'text', text: `**${name}**: no problems.` });
            continue;
        }
        blocks.push({ kind: 'text', text: `**${name}**` });
        blocks.push({
            kind: 'table',
            header: ['crate', 'version', 'what', 'why'],
            rows: mine.map((d) => [
                d.crates
                    .map((c) => c.name)
                    .filter((n, i, all) => all.indexOf(n) === i)
                    .join(', ') || '—',
                d.crates.map((c) => c.version).join(', ') || '—',
                `${d.severity === 'error' ? '❌' : '⚠️'} ${what(d)}`,
                why(d, configName) || d.notes[0] || '—',
            ]),
        });
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/stages/deny.ts
// deny: cargo-deny's advisories, bans, licenses and sources checks. cargo metadata runs through our
// toolchain (online when it must be); cargo-deny then reads that metadata and the same advisory
// database the audit stage caches, offline unless the database needs a fetch.














/** The RustSec database URL cargo-deny uses by default, and the directory name it gives it under `db-path`. */
const DEFAULT_DB_URL = 'https://github.com/rustsec/advisory-db';
const DEFAULT_DB_DIR = 'advisory-db-3157b0e258782691';
const failed = (summary, f, blocks = []) => (0,context/* result */.Ke)('failure', summary, { findings: [f], blocks });
/** The config the deny-config input names, else deny.toml of the workspace; undefined: none. */
function findDenyConfig(ctx) {
    const given = ctx.inputs.deny.config;
    if (given === undefined)
        return (0,context.ok)((0,paths/* findUp */.dJ)(ctx.cwd, ctx.repoRoot, ['deny.toml']));
    if ((0,external_node_fs_.existsSync)(given))
        return (0,context.ok)(given);
    return (0,context/* stop */.ds)({
        level: 'error',
        title: 'deny-config',
        message: `${(0,errors/* inputRef */.io)('deny-config')} names ${JSON.stringify(given)}, which does not exist. Give the path of a cargo-deny config (deny.toml), or leave it empty to use the workspace's deny.toml or cargo-deny's defaults.`,
    });
}
/** Reads the config as TOML first, so that a syntax error names its file and line. */
function readDenyConfig(path, rel) {
    try {
        const toml = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const adv = toml.advisories ?? {};
        return (0,context.ok)({ path, ownDb: 'db-path' in adv || 'db-urls' in adv });
    }
    catch (e) {
        const line = e instanceof dist/* TomlError */.zx ? e.line : undefined;
        const first = e.message.split('\n')[0];
        return (0,context/* stop */.ds)({
            level: 'error',
            title: 'deny config does not parse',
            message: `${path}${line ? `:${line}` : ''}: ${first}`,
            ...(rel && line ? { file: rel, line } : {}),
        });
    }
}
/**
 * cargo-deny keeps the default database at `<CARGO_HOME>/advisory-dbs/<DEFAULT_DB_DIR>`: that name
 * becomes a link to the database the audit stage uses. A real directory there (a database of the
 * user's own) is left alone.
 */
function linkAdvisoryDb(cargoHome, db) {
    const link = (0,external_node_path_.join)(cargoHome, 'advisory-dbs', DEFAULT_DB_DIR);
    let current;
    try {
        current = (0,external_node_fs_.lstatSync)(link).isSymbolicLink() ? (0,external_node_fs_.readlinkSync)(link) : 'directory';
    }
    catch {
        current = undefined;
    }
    if (current === 'directory')
        return `${link} is a directory of its own: cargo-deny uses it rather than ${db}.`;
    if (current === db)
        return undefined;
    if (current !== undefined)
        (0,external_node_fs_.rmSync)(link);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(link), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(db), { recursive: true });
    (0,external_node_fs_.symlinkSync)(db, link, 'dir');
    return undefined;
}
async function writeMetadata(ctx) {
    const res = await (0,cargo_run/* runCargo */.Ch)(ctx, { args: ['metadata', '--format-version', '1'], env: {} }, ctx.toolchains[0], {
        echo: 'stderr',
        keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
    });
    if (res.code !== 0 || res.stdoutDropped)
        return (0,context/* stop */.ds)({ level: 'error', title: 'cargo metadata', message: (0,src_text/* lastLines */.w$)(res.stderr || res.stdout) });
    const path = (0,external_node_path_.join)(ctx.tempDir, 'deny-metadata.json');
    (0,external_node_fs_.mkdirSync)(ctx.tempDir, { recursive: true });
    (0,external_node_fs_.writeFileSync)(path, res.stdout);
    return (0,context.ok)(path);
}
/** cargo-deny produced a verdict: a summary line, or diagnostics without errors of its own. */
const complete = (r) => r.summary !== undefined;
async function runDeny(ctx, tool, args, label) {
    (0,context/* logCommand */.QW)(ctx.log, 'cargo-deny', args);
    return ctx.profiler.measure(label, () => ctx.exec(tool.path, args, {
        cwd: ctx.cwd,
        env: ctx.env,
        echo: 'none',
        timeoutMs: 600_000,
        keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB,
    }));
}
/** cargo deny, fetching the database when stale or missing; a stale one that cannot be fetched is used as it is, with a warning. */
async function denyWithDb(ctx, tool, plan, build) {
    const fetch = plan?.fetch === true;
    const res = await runDeny(ctx, tool, build(!fetch), fetch ? 'cargo deny (with database fetch)' : 'cargo deny');
    const report = parseDenyJson(res.stderr);
    if (!fetch || complete(report) || plan?.why !== 'stale')
        return { res, report, fetched: fetch && complete(report), notes: [] };
    const note = {
        level: 'warning',
        title: 'advisory database not updated',
        message: `The advisory database could not be fetched; checking against the cached copy${plan.fetchedAt ? ` from ${plan.fetchedAt.toISOString()}` : ''}.\n${report.errors.slice(-3).join('\n')}`,
    };
    const again = await runDeny(ctx, tool, build(true), 'cargo deny (cached database)');
    return { res: again, report: parseDenyJson(again.stderr), fetched: false, notes: [note] };
}
function incomplete(run, plan, files, blocks) {
    const dbHint = plan?.why === 'missing'
        ? `\nThe advisory database (${DEFAULT_DB_URL}) could not be fetched into ${plan.path}. Without network access, give a local checkout with the audit-db input.`
        : '';
    const text = [...run.report.errors, ...run.report.warnings].join('\n') || (0,src_text/* lastLines */.w$)(run.res.stderr);
    return (0,context/* result */.Ke)('failure', `cargo deny failed (exit ${run.res.code})`, {
        findings: [
            ...run.notes,
            ...denyFindings(run.report, files),
            { level: 'error', title: 'cargo deny', message: `${text}${dbHint}` },
        ],
        blocks,
    });
}
/** The lockfile (its text, for the line of each crate) and the config, as paths relative to the repository. */
function denyFiles(ctx, configRel) {
    const lockfile = (0,paths/* findUp */.dJ)(ctx.cwd, ctx.repoRoot, ['Cargo.lock']);
    return {
        lockText: lockfile ? (0,external_node_fs_.readFileSync)(lockfile, 'utf8') : '',
        lock: lockfile ? (0,paths/* repoRelative */.Ne)(lockfile, ctx.cwd, ctx.repoRoot) : undefined,
        config: configRel,
    };
}
/** The notes under the deny section; drops the index failures of an offline run from `run.report`. */
function denyNotes(run, o) {
    const notes = [];
    if (!run.fetched) {
        // Offline, cargo-deny cannot read the registry index: say so once rather than once per crate.
        const { report, dropped } = withoutIndexFailures(run.report);
        run.report = report;
        if (dropped)
            notes.push(`Yanked crates were not checked (${(0,src_text/* plural */.LS)(dropped, 'crate')}): cargo-deny ran without network access.`);
    }
    if (o.noPolicy)
        notes.push('Licenses were not checked: there is no license policy (no deny.toml; set deny-config or add one to the workspace).');
    if (o.linkNote)
        notes.push(o.linkNote);
    if (o.plan) {
        const how = run.fetched
            ? 'fetched now'
            : o.plan.why === 'audit-db input'
                ? 'local copy from audit-db'
                : 'cached copy, not fetched';
        notes.push(`Advisory database: \`${o.plan.path}\` (${how})`);
    }
    return notes;
}
const denyStage = {
    name: 'deny',
    title: 'Supply chain policy (cargo deny)',
    async run(ctx) {
        const installed = await (0,cargo_run/* stageTool */.hb)(ctx, 'cargo-deny');
        if (!installed.ok)
            return installed.result;
        const tool = installed.value;
        const toolInfo = (0,tools/* toolBlocks */.hY)([tool]);
        const found = findDenyConfig(ctx);
        if (!found.ok)
            return failed('deny-config not found', found.result, toolInfo);
        const configRel = found.value ? (0,paths/* repoRelative */.Ne)(found.value, ctx.cwd, ctx.repoRoot) : undefined;
        const read = found.value ? readDenyConfig(found.value, configRel) : (0,context.ok)(undefined);
        if (!read.ok)
            return failed('config does not parse', read.result, toolInfo);
        const config = read.value;
        const checks = ctx.inputs.deny.checks.filter((c) => c !== 'licenses' || config);
        const today = (0,clock/* now */.tB)(ctx.env);
        const plan = checks.includes('advisories') && !config?.ownDb
            ? (0,advisory_db_checkout/* planAdvisoryDb */.dj)(ctx.toolDir, ctx.inputs.audit.db, today)
            : undefined;
        const linkNote = plan ? linkAdvisoryDb((0,paths/* cargoHomeOf */.nN)(ctx.env), plan.path) : undefined;
        const meta = await writeMetadata(ctx);
        if (!meta.ok)
            return failed('cargo metadata failed', meta.result, toolInfo);
        const build = (offline) => denyArgs({
            subcommand: tool.subcommand,
            metadata: meta.value,
            offline,
            checks,
            ...(config ? { config: config.path } : {}),
        });
        const run = await denyWithDb(ctx, tool, plan, build);
        if (run.res.killed === 'cancelled')
            return (0,context/* result */.Ke)('cancelled', 'cancelled', { blocks: toolInfo });
        const files = denyFiles(ctx, configRel);
        if (!complete(run.report))
            return incomplete(run, plan, files, toolInfo);
        if (run.fetched)
            (0,advisory_db_checkout/* markFetched */.Zm)(ctx.toolDir, today);
        const notes = denyNotes(run, { plan, linkNote, noPolicy: !config && ctx.inputs.deny.checks.includes('licenses') });
        return denyResult(run, checks, files, { notes, toolInfo, tool, configName: configRel ?? config?.path });
    },
};
function denyResult(run, checks, files, extra) {
    const diags = shown(run.report);
    const errors = diags.filter((d) => d.severity === 'error').length;
    const warnings = diags.length - errors;
    const summary = `${(0,src_text/* plural */.LS)(errors, 'error')}, ${(0,src_text/* plural */.LS)(warnings, 'warning')} (${checks.join(', ')})`;
    return (0,context/* result */.Ke)(errors > 0 ? 'failure' : 'success', summary, {
        findings: [...run.notes, ...denyFindings(run.report, files)],
        blocks: [
            ...denyBlocks(run.report, checks, extra.configName),
            ...extra.notes.map((text) => ({ kind: 'text', text })),
            ...extra.toolInfo,
        ],
        data: {
            checks,
            config: extra.configName,
            diagnostics: diags,
            summary: run.report.summary,
            tool: (0,tools/* toolData */.dV)(extra.tool),
        },
    });
}

;// CONCATENATED MODULE: ./src/cargo/rustfmt.ts
// Parses the output of `cargo fmt -- --check`.

// "Diff in /abs/path/src/main.rs:12:" (current) or "Diff in /abs/path/src/main.rs at line 12:" (older).
const HEADER = /^Diff in (.+?)(?::(\d+):| at line (\d+):)\s*$/;
/**
 * The first and last original lines a hunk changes. rustfmt numbers a hunk by its first context
 * line; counting " " and "-" lines from there gives the original line of each change. A hunk that
 * only adds lines is placed on the line the addition goes before.
 */
function changedLines(start, diff) {
    let orig = start;
    let first;
    let last;
    for (const d of diff) {
        if (d.startsWith('-')) {
            first ??= orig;
            last = orig;
            orig++;
        }
        else if (d.startsWith('+')) {
            first ??= orig;
        }
        else {
            orig++;
        }
    }
    const line = first ?? start;
    return { line, endLine: Math.max(line, last ?? line) };
}
function parseFmtCheck(output) {
    const hunks = [];
    let cur;
    const close = () => {
        if (cur)
            hunks.push({ ...cur, ...changedLines(cur.start, cur.diff) });
        cur = undefined;
    };
    for (const raw of (0,paths/* stripAnsi */.aJ)(output).split(/\r?\n/)) {
        const m = HEADER.exec(raw);
        if (m) {
            close();
            cur = { file: m[1], start: Number(m[2] ?? m[3]), diff: [] };
        }
        else if (cur && /^[ +-]/.test(raw)) {
            cur.diff.push(raw);
        }
        else if (cur && raw.trim() !== '') {
            close();
        }
    }
    close();
    return hunks;
}
/** Where cargo-fmt's usage text starts: it follows the error when cargo metadata fails. */
const USAGE_START = /^(This utility formats all bin and lib files|Usage: cargo fmt)/m;
/**
 * What to show of a cargo fmt that failed without a diff: the error lines (a malformed
 * Cargo.toml, say), not the usage text cargo-fmt prints after them; the last lines otherwise.
 */
function fmtFailureText(output, max = 40) {
    const text = (0,paths/* stripAnsi */.aJ)(output);
    const usage = USAGE_START.exec(text);
    const errors = usage ? text.slice(0, usage.index).trimEnd() : '';
    if (errors === '')
        return text.trimEnd().split('\n').slice(-20).join('\n');
    return errors.split('\n').slice(0, max).join('\n');
}

;// CONCATENATED MODULE: ./src/stages/fmt.ts








/** One annotation per hunk, on the first line rustfmt would change. */
function fmtFinding(h, cwd, repoRoot) {
    const file = (0,paths/* repoRelative */.Ne)(h.file, cwd, repoRoot);
    return {
        level: 'error',
        title: 'rustfmt',
        message: `Not formatted as rustfmt (and your rustfmt.toml) would format it. Run \`cargo fmt --all\`.\n${h.diff.join('\n')}`,
        ...(file ? { file, line: h.line, endLine: h.endLine } : {}),
    };
}
const fmtStage = {
    name: 'fmt',
    title: 'Format (cargo fmt --check)',
    async run(ctx) {
        const first = await (0,cargo_run/* firstToolchain */.QT)(ctx, ['rustfmt']);
        if (!first.ok)
            return first.result;
        const toolchain = first.value;
        // cargo fmt finds rustfmt.toml / .rustfmt.toml next to each file (up to the workspace root and beyond).
        // The diff is read whole, within a generous bound (a formatter run over generated files may print a lot).
        const res = await (0,cargo_run/* runCargo */.Ch)(ctx, (0,cargo_commands/* fmtCommand */.Pp)(), toolchain, { keepBytes: exec/* WHOLE_OUTPUT_BYTES */.QB });
        if (res.killed)
            return (0,context/* result */.Ke)('cancelled', 'cancelled');
        const hunks = parseFmtCheck(res.stdout);
        if (res.code === 0 && hunks.length === 0)
            return (0,context/* result */.Ke)('success', 'formatted', { data: { files: [], hunks: 0 } });
        if (hunks.length === 0) {
            return (0,context/* result */.Ke)('failure', `cargo fmt failed (exit ${res.code})`, {
                findings: [{ level: 'error', title: 'cargo fmt', message: fmtFailureText(res.stderr || res.stdout) }],
            });
        }
        const findings = hunks.map((h) => fmtFinding(h, ctx.cwd, ctx.repoRoot));
        const where = (h) => (0,paths/* repoRelative */.Ne)(h.file, ctx.cwd, ctx.repoRoot) ?? h.file;
        const files = [...new Set(hunks.map(where))];
        const diff = hunks.map((h) => `--- ${where(h)}:${h.line}\n${h.diff.join('\n')}`).join('\n');
        return (0,context/* result */.Ke)('failure', `${(0,src_text/* plural */.LS)(files.length, 'file')} not formatted (${(0,src_text/* plural */.LS)(hunks.length, 'hunk')})`, {
            findings,
            blocks: [
                {
                    kind: 'text',
                    text: `Files rustfmt would change: ${fileList(files)}. Run \`cargo fmt --all\` to fix.`,
                },
                {
                    kind: 'details',
                    summary: `rustfmt diff (${(0,src_text/* plural */.LS)(hunks.length, 'hunk')} in ${(0,src_text/* plural */.LS)(files.length, 'file')})`,
                    body: diff,
                    lang: 'diff',
                },
            ],
            data: { files, hunks: hunks.map((h) => ({ file: where(h), line: h.line, endLine: h.endLine })) },
        });
    },
};
/** Files named in the summary; the JSON report lists them all. */
const MAX_FILES_NAMED = 50;
function fileList(files) {
    const named = files.slice(0, MAX_FILES_NAMED).map((f) => (0,src_blocks/* code */.aY)(f));
    const more = files.length - named.length;
    return more > 0 ? `${named.join(', ')} … ${more} more (see the JSON report)` : named.join(', ');
}

;// CONCATENATED MODULE: ./src/cargo/nextest.ts
// Parses the human output of `cargo nextest run` (what it prints to stderr).
//
//         PASS [   0.004s] (1/3) fixture-failing tests::average_of_one
//         FAIL [   0.005s] (2/3) fixture-failing tests::average_rounds_up
//   stderr ───
//     thread 'tests::average_rounds_up' panicked at src/lib.rs:17:9:
//     …
//   ────────────
//      Summary [   0.006s] 3 tests run: 2 passed, 1 failed, 1 skipped
//
// Older releases print the output sections as "--- STDERR: <binary> <test> ---". Each failing
// test's output follows its FAIL line; the final list repeats FAIL lines without output.


const STATUS = /^\s*(PASS|FAIL|FLAKY(?: \d+\/\d+)?|LEAK|LEAK-FAIL|TIMEOUT|SIGSEGV|SIGABRT|SIGBUS|SIGILL|SIGKILL|SIGTERM|ABORT|SKIP|TRY \d+ (?:FAIL|TIMEOUT|PASS)|RETRY \d+\/\d+|SLOW(?: \[.*?\])?) +\[[^\]]*\] +(?:\[[^\]]*\] +)?(?:\(\s*\d+\/\d+\) +)?(\S+) +(.+?)\s*$/;
const FAILING = /^(FAIL|TIMEOUT|SIG\w+|ABORT|LEAK-FAIL)$/;
const SUMMARY = /^\s*Summary \[[^\]]*\] +(?:\d+\/)?\d+ tests? run: (.*)$/;
const PANIC = /^\s*thread '(.*?)'(?: \(\d+\))? panicked at (.+?):(\d+):(\d+):$/;
const MESSAGE_END = /^\s*(note: |stack backtrace:|\d+: |thread '.*' panicked|[─-]{4,}|(stdout|stderr|output) ─+$|--- STD(OUT|ERR))/;
function countOf(text, word) {
    const m = new RegExp(`(\\d+) ${word}`).exec(text);
    return m ? Number(m[1]) : 0;
}
/** Reads nextest's output line by line as it arrives, with bounded memory whatever the tests print. */
class NextestParser {
    report = { passed: 0, failed: 0, ignored: 0, failures: [], suites: 0 };
    byId = new Map();
    /** The failing test whose output is being read, until its panic location is found. */
    current;
    /** The panic message being read (the lines after the panic location), for `current`'s failure. */
    message;
    passedLines = 0;
    skippedLines = 0;
    sawSummary = false;
    line(raw) {
        const line = (0,paths/* stripAnsi */.aJ)(raw).replace(/\r$/, '');
        if (this.message && (MESSAGE_END.test(line) || STATUS.test(line) || SUMMARY.test(line)))
            this.endMessage();
        if (this.message) {
            const msg = this.message.lines;
            if (msg.length < libtest/* MAX_MESSAGE_LINES */.de && (line.trim() !== '' || msg.length > 0))
                msg.push(line.replace(/^ {4}/, ''));
            return;
        }
        const summary = SUMMARY.exec(line);
        if (summary) {
            this.sawSummary = true;
            const text = summary[1];
            this.report.passed = countOf(text, 'passed');
            this.report.failed = countOf(text, 'failed') + countOf(text, 'timed out') + countOf(text, 'exec failed');
            this.report.ignored = countOf(text, 'skipped');
            this.current = undefined;
            return;
        }
        const status = STATUS.exec(line);
        if (status) {
            const [, word, binary, name] = status;
            this.status(word, binary, name);
            return;
        }
        const panic = this.current ? PANIC.exec(line) : null;
        if (this.current && panic) {
            this.current.file = panic[2];
            this.current.line = Number(panic[3]);
            this.current.column = Number(panic[4]);
            this.message = { test: this.current, lines: [] };
            this.current = undefined;
        }
    }
    finish() {
        this.endMessage();
        const report = this.report;
        if (!this.sawSummary) {
            report.passed = this.passedLines;
            report.failed = report.failures.length;
            report.ignored = this.skippedLines;
        }
        report.suites = this.sawSummary ? 1 : 0;
        // Binaries and tests run in parallel: order failures by binary, then name, for stable annotations.
        report.failures.sort((a, b) => a.binary.localeCompare(b.binary) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return report;
    }
    status(word, binary, name) {
        this.current = undefined;
        if (word === 'PASS' || word.startsWith('FLAKY'))
            this.passedLines++;
        else if (word === 'SKIP')
            this.skippedLines++;
        else if (FAILING.test(word)) {
            const id = `${binary} ${name}`;
            let f = this.byId.get(id);
            if (!f) {
                const doc = (0,libtest/* parseDocTestName */.vj)(name);
                f = { name, binary, ...(doc ? { doc } : {}) };
                if (word !== 'FAIL')
                    f.message = `${word.toLowerCase()}`;
                this.byId.set(id, f);
                this.report.failures.push(f);
            }
            this.current = f.file === undefined ? f : undefined;
        }
    }
    endMessage() {
        if (!this.message)
            return;
        const msg = this.message.lines;
        while (msg.length && msg[msg.length - 1].trim() === '')
            msg.pop();
        this.message.test.message = msg.join('\n');
        this.message = undefined;
    }
}
function parseNextest(output) {
    const parser = new NextestParser();
    for (const line of output.split('\n'))
        parser.line(line);
    return parser.finish();
}

;// CONCATENATED MODULE: ./src/cargo/rustc.ts
// Parses rustc's human diagnostics (what cargo prints to stderr when a build fails), for the
// places where cargo is not asked for JSON (cargo test).

const HEAD = /^error(?:\[(\w+)\])?: (.+)$/;
const ARROW = /^\s*--> (.+):(\d+):(\d+)$/;
// cargo's own closing lines, not diagnostics.
const CARGO_NOISE = /^(could not compile|aborting due to|test failed, to rerun|doctest failed|\d+ targets? failed|failed to run|build failed|Some errors have detailed explanations|For more information about)/;
function parseRustcErrors(stderr) {
    const out = [];
    let cur;
    let body = [];
    const close = () => {
        if (cur)
            out.push({ ...cur, rendered: body.join('\n').trimEnd() });
        cur = undefined;
        body = [];
    };
    for (const line of (0,paths/* stripAnsi */.aJ)(stderr).split(/\r?\n/)) {
        const head = HEAD.exec(line);
        if (head ||
            /^(warning|error)(\[\w+\])?: |^\s*(Compiling|Finished|Running|Doc-tests) |^Some errors have|^For more information/.test(line)) {
            close();
            if (head && !CARGO_NOISE.test(head[2])) {
                cur = { message: head[2], ...(head[1] ? { code: head[1] } : {}), rendered: '' };
                body = [line];
            }
            continue;
        }
        if (!cur)
            continue;
        body.push(line);
        const arrow = ARROW.exec(line);
        if (arrow && cur.file === undefined) {
            cur.file = arrow[1];
            cur.line = Number(arrow[2]);
            cur.column = Number(arrow[3]);
        }
    }
    close();
    return out;
}

// EXTERNAL MODULE: ./src/toolchain.ts
var src_toolchain = __nccwpck_require__(8476);
;// CONCATENATED MODULE: ./src/stages/test-report.ts
// The test stage's report: the cells' results as the summary's tables (the matrix, the failing tests
// with their cause), the test-counts output and one annotation per failing test.






const cellLabel = (c) => `${c.label ?? c.toolchain} / ${c.features}${c.partition ? ` (${c.partition.index}/${c.partition.count})` : ''}`;
/** Failures grouped by test and location (the same failure in four cells is one group, not four). */
function groupFailures(cells, totalCells) {
    const byKey = new Map();
    for (const cell of cells) {
        for (const f of cell.failures) {
            const key = `${f.name}|${f.file ?? ''}|${f.line ?? ''}`;
            const hit = byKey.get(key);
            if (hit)
                hit.cells.push(cellLabel(cell));
            else
                byKey.set(key, { f, cells: [cellLabel(cell)] });
        }
    }
    return [...byKey.values()].map(({ f, cells: at }) => ({
        f,
        where: totalCells > 1 ? (at.length === totalCells ? 'every cell' : at.join(', ')) : '',
    }));
}
/** One finding per failing test and location, listing the cells it failed in. */
function testFindings(cells, totalCells) {
    return groupFailures(cells, totalCells).map(({ f, where }) => ({
        level: 'error',
        title: `${f.docTest ? 'doc test' : 'test'} failed: ${f.name}${where ? ` (${where})` : ''}`,
        message: f.message || `${f.name} failed`,
        ...(f.file && f.line ? { file: f.file, line: f.line, ...(f.column ? { column: f.column } : {}) } : {}),
    }));
}
/** The failing tests with their location and the first lines of their panic message, first ones only. */
function failedTestsTable(cells) {
    const groups = groupFailures(cells, cells.length);
    if (groups.length === 0)
        return [];
    const rows = groups.map(({ f, where }) => [
        `${(0,src_blocks/* code */.aY)(f.name)}${where ? ` (${(0,src_blocks/* escapeText */.X1)(where)})` : ''}`,
        f.file && f.line ? (0,src_blocks/* escapeText */.X1)(`${f.file}:${f.line}`) : '–',
        f.message ? (0,src_blocks/* codeLines */.zo)(f.message, libtest/* SUMMARY_MESSAGE_LINES */.xH) : '–',
    ]);
    return [
        {
            kind: 'table',
            header: [cells.length > 1 ? 'failed test (cells)' : 'failed test', 'location', 'cause'],
            rows: (0,src_blocks/* firstRows */.C)(rows, libtest/* SUMMARY_FAILURE_ROWS */._z, '(see the annotations and the JSON report)'),
        },
    ];
}
function matrixTable(cells, sum) {
    const sharded = cells.some((c) => c.partition);
    const shard = (c) => sharded ? [c.partition ? `${c.partition.index}/${c.partition.count}` : '–'] : [];
    const rows = cells.map((c) => [
        c.label ?? c.toolchain,
        c.features,
        ...shard(c),
        `${context/* STATUS_ICON */.tW[c.status]} ${c.status}${c.error ? ` (${c.error})` : ''}`,
        String(c.passed),
        String(c.failed),
        String(c.ignored),
        c.status === 'skipped' ? '–' : (0,src_profiler/* formatMs */._V)(c.ms),
    ]);
    if (cells.length > 1)
        rows.push([
            'total',
            '',
            ...(sharded ? [''] : []),
            '',
            String(sum.passed),
            String(sum.failed),
            String(sum.ignored),
            (0,src_profiler/* formatMs */._V)(cells.reduce((a, c) => a + c.ms, 0)),
        ]);
    const left = sharded ? 4 : 3;
    return {
        kind: 'table',
        header: ['toolchain', 'features', ...(sharded ? ['shard'] : []), 'result', 'passed', 'failed', 'ignored', 'time'],
        align: [...Array(left).fill('left'), 'right', 'right', 'right', 'right'],
        rows,
    };
}
function runnerBlocks(ctx, choice) {
    if (choice.fallback === undefined)
        return [];
    const version = ctx.inputs.tools.versions['cargo-nextest'];
    return [
        {
            kind: 'text',
            text: `⚠️ **cargo-nextest ${version} could not be installed, so these tests ran with cargo test** (doc tests included). The warning annotation says how to fix it.`,
        },
        { kind: 'details', summary: 'why cargo-nextest could not be installed', body: choice.fallback },
    ];
}
/** Failed test names a test-counts entry lists; the JSON report keeps them all. */
const MAX_FAILED_NAMES = 100;
/** A cell's failed test names for the test-counts output, bounded (the output must stay under GitHub's 1 MB). */
function failedNames(names) {
    if (names.length <= MAX_FAILED_NAMES)
        return { failedTests: [...names] };
    return { failedTests: names.slice(0, MAX_FAILED_NAMES), failedTestsOmitted: names.length - MAX_FAILED_NAMES };
}
/** The test-counts output: totals and one entry per cell (with its OS and shard in a cell run). */
function cellCounts(ctx, cells, sum) {
    const os = ctx.inputs.cell ? { os: ctx.inputs.cell.os } : {};
    return {
        ...sum,
        cells: cells.map((c) => ({
            ...os,
            toolchain: c.toolchain,
            ...(c.label ? { label: c.label } : {}),
            ...(c.rustc ? { rustc: c.rustc } : {}),
            features: c.features,
            ...(c.partition ? { partition: c.partition } : {}),
            status: c.status,
            passed: c.passed,
            failed: c.failed,
            ignored: c.ignored,
            ms: Math.round(c.ms),
            ...failedNames(c.failures.map((f) => f.name)),
            ...(c.error ? { error: c.error } : {}),
        })),
    };
}
/** The stage result: counts (output and JSON report), the matrix table, failed tests deduplicated. */
function summarize(ctx, cells, findings, choice) {
    const failedTests = testFindings(cells, cells.length);
    findings.push(...failedTests);
    const sum = cells.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, ignored: a.ignored + c.ignored }), { passed: 0, failed: 0, ignored: 0 });
    const status = (0,context/* worstStatus */.A4)(cells.map((c) => c.status));
    const counts = cellCounts(ctx, cells, sum);
    const blocks = [...runnerBlocks(ctx, choice), matrixTable(cells, sum)];
    blocks.push(...failedTestsTable(cells));
    if (choice.nextest)
        blocks.push(...(0,tools/* toolBlocks */.hY)([choice.nextest]));
    const runnerNote = ctx.inputs.testRunner === 'nextest'
        ? ` (runner: ${choice.runner === 'nextest' ? 'cargo nextest + cargo test --doc' : 'cargo test; cargo-nextest could not be installed'})`
        : '';
    return (0,context/* result */.Ke)(status, `${sum.passed} passed, ${sum.failed} failed, ${sum.ignored} ignored in ${(0,src_text/* plural */.LS)(cells.length, 'cell')}${runnerNote}`, {
        findings,
        outputs: { 'test-counts': JSON.stringify(counts) },
        blocks,
        data: {
            ...counts,
            runner: choice.runner,
            ...(ctx.inputs.cell ? { cell: ctx.inputs.cell } : {}),
            ...(choice.nextest ? { tool: (0,tools/* toolData */.dV)(choice.nextest) } : {}),
            ...(choice.fallback !== undefined ? { runnerFallback: choice.fallback } : {}),
            cells: cells.map((c) => ({ ...c, ms: Math.round(c.ms) })),
        },
    });
}

;// CONCATENATED MODULE: ./src/stages/test.ts
// The test matrix: every toolchain × feature set runs as one cell (cargo test --no-fail-fast, or
// cargo-nextest's `nextest run` + cargo test --doc); failing tests become annotations at their
// panic location. cargo-nextest comes from the tool installer; when it cannot be installed the
// cells run cargo test and a warning says why.













/** The warning when test-runner is nextest but cargo-nextest could not be installed. */
function nextestFallbackMessage(version, reason) {
    return (`test-runner is "nextest" but cargo-nextest ${version} could not be installed, so the tests ran with cargo test (doc tests included).\n` +
        `${reason}\n` +
        `To fix it: give the installer a verified archive (tool-mirror and/or a RUST_PIPELINE_TOOL_CHECKSUMS file with its sha256), ` +
        `let "cargo install --locked --version ${version} cargo-nextest" succeed on the runner, ` +
        `or install cargo-nextest ${version} in an earlier step so that it is on PATH. ` +
        `Set test-runner: cargo to stop using nextest.`);
}
/**
 * The commands one cell runs, in order. With nextest, `nextest` is the installed cargo-nextest
 * executable: it is run directly (`<path> nextest run …`, as cargo itself would invoke it), so the
 * verified binary is the one that runs, whatever cargo's own subcommand lookup would find first.
 */
function cellCommands(runner, o) {
    if (runner === 'nextest') {
        const run = (0,cargo_commands/* nextestCommand */.vf)(o);
        const commands = [
            { cmd: o.nextest ? { ...run, program: o.nextest } : run, kind: 'nextest' },
        ];
        // nextest does not split doc tests: they run once per cell, in its first shard.
        if (!o.partition || o.partition.index === 1)
            commands.push({ cmd: (0,cargo_commands/* docTestCommand */.Qc)(o), kind: 'libtest' });
        return commands;
    }
    return [{ cmd: (0,cargo_commands/* testCommand */.ed)(o), kind: 'libtest' }];
}
/** Why a cell's command failed without failing tests (rustc errors, else the end of its stderr); sets cell.error. */
function buildFailure(ctx, cell, subcommand, res, bases) {
    const errors = parseRustcErrors(res.stderr);
    cell.error = errors.length ? `build failed: ${errors[0].message}` : `cargo ${subcommand} failed (exit ${res.code})`;
    if (errors.length === 0)
        return [
            { level: 'error', title: `cargo ${subcommand} failed (${cellLabel(cell)})`, message: (0,src_text/* lastLines */.w$)(res.stderr) },
        ];
    return errors.map((e) => {
        const file = e.file ? (0,workspace/* resolveReported */.O)(e.file, bases, ctx.repoRoot) : undefined;
        return {
            level: 'error',
            title: `${e.code ? `error[${e.code}]` : 'build error'} (${cellLabel(cell)})`,
            message: e.rendered,
            ...(file && e.line ? { file, line: e.line, column: e.column } : {}),
        };
    });
}
/** A cell before its commands ran: no tests counted yet. */
function newCell(ctx, toolchain, features, partition) {
    return {
        toolchain,
        ...labelOf(ctx, toolchain),
        features: features.label,
        ...(partition ? { partition } : {}),
        status: 'success',
        passed: 0,
        failed: 0,
        ignored: 0,
        ms: 0,
        failures: [],
    };
}
/** Adds one command's counts and failures (located relative to the repository) to its cell. */
function addReport(cell, report, bases, repoRoot) {
    cell.passed += report.passed;
    cell.failed += report.failed;
    cell.ignored += report.ignored;
    for (const f of report.failures) {
        cell.failures.push({
            name: f.name,
            ...(0,libtest/* failureLocation */.UW)(f, bases, repoRoot),
            ...(f.message ? { message: f.message } : {}),
            ...(f.doc ? { docTest: true } : {}),
        });
    }
}
/** Runs one cell of the matrix: its commands in order, their output read into counts, failures and findings. */
async function runCell(ctx, toolchain, features, runner, locked, nextest, partition) {
    const cell = newCell(ctx, toolchain, features, partition);
    const findings = [];
    // Panic locations and doc test names are relative to the workspace root (asked of the cell's own
    // toolchain, once it is known to be installed; once per run); the working directory is the fallback.
    // Asked while the tests run: it is only needed to read their output.
    const root = (0,metadata/* workspaceRoot */.oS)(ctx, toolchain);
    for (const { cmd, kind } of cellCommands(runner, {
        locked,
        features,
        extra: ctx.inputs.testArgs,
        ...(nextest ? { nextest: nextest.path } : {}),
        ...(partition ? { partition } : {}),
    })) {
        // Output is parsed as it arrives (a failing test may print gigabytes; exec keeps only a tail).
        const parser = kind === 'nextest' ? new NextestParser() : new libtest/* LibtestParser */.fC();
        const onLine = (line) => parser.line(line);
        const res = await (0,cargo_run/* runCargo */.Ch)(ctx, cmd, toolchain, {
            onStdoutLine: onLine,
            ...(kind === 'nextest' ? { onStderrLine: onLine } : {}),
        });
        const bases = [await root, ctx.cwd];
        cell.ms += res.ms;
        if (res.killed) {
            cell.status = 'cancelled';
            break;
        }
        const report = parser.finish();
        addReport(cell, report, bases, ctx.repoRoot);
        if (res.code === 0)
            continue;
        // A package without a library has no doc tests: not a failure of the nextest cell (whose
        // status stays what `nextest run` made it).
        if (kind === 'libtest' && runner === 'nextest' && /no library targets found/.test(res.stderr))
            continue;
        cell.status = 'failure';
        // The tests did not run: most often a build error (e.g. code behind a feature that does not compile).
        if (report.failures.length === 0)
            findings.push(...buildFailure(ctx, cell, cmd.args[0], res, bases));
    }
    return { cell, findings };
}
/** The cells of this run: the cell input's one, else every toolchain × feature set in order. */
function selectCells(ctx) {
    const { cell, featureSets } = ctx.inputs;
    if (cell) {
        // parseInputs narrowed toolchains and feature sets to the cell's own (its toolchain resolved: msrv → 1.85).
        const features = featureSets.find((f) => f.label === cell.features) ?? featureSets[0];
        const toolchain = ctx.toolchains[0] ?? cell.toolchain;
        return [{ toolchain, features, ...(cell.partition ? { partition: cell.partition } : {}) }];
    }
    return ctx.toolchains.flatMap((toolchain) => featureSets.map((features) => ({ toolchain, features })));
}
/** nextest when asked for and installable; otherwise cargo test, with a warning finding saying why. */
async function chooseRunner(ctx, findings) {
    if (ctx.inputs.testRunner !== 'nextest')
        return { runner: 'cargo' };
    try {
        return { runner: 'nextest', nextest: await (0,tools/* requireTool */.Y0)(ctx, 'cargo-nextest') };
    }
    catch (e) {
        // A missing test runner must not fail a green test suite: the tests run with cargo test.
        const fallback = e.message;
        if (!(0,exec/* isCancelled */.mm)()) {
            const message = nextestFallbackMessage(ctx.inputs.tools.versions['cargo-nextest'], fallback);
            // In the log where it happened; the finding is the (one) warning annotation.
            ctx.log.info(message);
            findings.push({ level: 'warning', title: 'cargo-nextest could not be installed', message });
        }
        return { runner: 'cargo', fallback };
    }
}
async function prepareToolchain(ctx, toolchain, findings) {
    const requireRustup = ctx.inputs.toolchains.length > 0 || ctx.toolchains.length > 1;
    try {
        await ctx.profiler.measure(`toolchain ${toolchain}`, () => (0,src_toolchain/* ensureToolchain */.EC)(ctx, toolchain, [], requireRustup));
    }
    catch (e) {
        if (!(e instanceof src_toolchain/* ToolchainError */.g8))
            throw e;
        findings.push({ level: 'error', title: `toolchain ${toolchain} unavailable`, message: e.message });
        ctx.log.warning(e.message);
        return { error: e.message, locked: false };
    }
    if ((0,exec/* isCancelled */.mm)())
        return { locked: false };
    const version = await (0,metadata/* rustcVersion */.eI)(ctx, toolchain);
    const rustc = version.ok ? /^release: (.+)$/m.exec(version.value)?.[1]?.trim() : undefined;
    return { locked: await (0,cargo_run/* hasLockfile */.yj)(ctx, toolchain), ...(rustc ? { rustc } : {}) };
}
/** The cell's label when its toolchain's name alone does not say what it is (msrv, stable-N). */
function labelOf(ctx, toolchain) {
    const label = ctx.toolchainLabels[toolchain];
    return label ? { label } : {};
}
function blankCell(ctx, plan, status, error) {
    return {
        toolchain: plan.toolchain,
        ...labelOf(ctx, plan.toolchain),
        features: plan.features.label,
        ...(plan.partition ? { partition: plan.partition } : {}),
        status,
        passed: 0,
        failed: 0,
        ignored: 0,
        ms: 0,
        failures: [],
        ...(error ? { error } : {}),
    };
}
/** Runs the cells in order, installing each toolchain when its first cell needs it; fail-fast stops the rest. */
async function runCells(ctx, plans, choice, findings) {
    const toolchains = new Map();
    const cells = [];
    let stop = false;
    for (const plan of plans) {
        // cargo test cannot run a shard: without nextest, shard 1 runs every test and the others none,
        // so that the merged counts stay right.
        const unsplit = choice.runner === 'cargo' && plan.partition !== undefined;
        if (unsplit && plan.partition.index > 1) {
            cells.push(blankCell(ctx, plan, 'skipped', 'cargo-nextest unavailable: shard 1 ran every test'));
            continue;
        }
        if (stop || (0,exec/* isCancelled */.mm)()) {
            cells.push(blankCell(ctx, plan, (0,exec/* isCancelled */.mm)() ? 'cancelled' : 'skipped'));
            continue;
        }
        let state = toolchains.get(plan.toolchain);
        if (!state)
            toolchains.set(plan.toolchain, (state = await prepareToolchain(ctx, plan.toolchain, findings)));
        if (state.error || (0,exec/* isCancelled */.mm)()) {
            const failed = state.error !== undefined;
            cells.push(blankCell(ctx, plan, failed ? 'failure' : 'cancelled', failed ? `toolchain ${plan.toolchain} is not installed` : undefined));
            if (failed && ctx.inputs.failFast)
                stop = true;
            continue;
        }
        const label = cellLabel({ ...plan, ...labelOf(ctx, plan.toolchain), features: plan.features.label });
        const { locked } = state;
        const { cell, findings: cellFindings } = await ctx.profiler.measure(label, () => ctx.log.group(`${choice.runner === 'nextest' ? 'cargo nextest' : 'cargo test'} (${label})`, () => runCell(ctx, plan.toolchain, plan.features, choice.runner, locked, choice.nextest, unsplit ? undefined : plan.partition)));
        cells.push(state.rustc ? { ...cell, rustc: state.rustc } : cell);
        findings.push(...cellFindings);
        if (cell.status === 'failure' && ctx.inputs.failFast)
            stop = true;
    }
    return cells;
}
const testStage = {
    name: 'test',
    title: 'Test (cargo test)',
    async run(ctx) {
        const findings = [];
        const plans = selectCells(ctx);
        const choice = await chooseRunner(ctx, findings);
        const cells = await runCells(ctx, plans, choice, findings);
        return summarize(ctx, cells, findings, choice);
    },
};

;// CONCATENATED MODULE: ./src/stages/index.ts






/**
 * A stage whose module is loaded when it runs: the release stages carry the SBOM library, the
 * archive writers and the GitHub client, which a check run (fmt, clippy, test) never needs and
 * which cost every start of the action and the CLI their loading time. Its title is written here
 * (a test checks it against the module's).
 */
function loadedOnRun(name, title, load) {
    return { name, title, run: async (ctx) => (await load()).run(ctx) };
}
/** Every stage, by name (STAGES in inputs/specs.ts gives their order). */
const STAGE_REGISTRY = {
    fmt: fmtStage,
    clippy: clippyStage,
    test: testStage,
    coverage: coverageStage,
    audit: auditStage,
    deny: denyStage,
    build: loadedOnRun('build', 'Build (release binary)', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(765), __nccwpck_require__.e(791)]).then(__nccwpck_require__.bind(__nccwpck_require__, 791))).buildStage),
    docker: loadedOnRun('docker', 'Docker image', async () => (await __nccwpck_require__.e(/* import() */ 365).then(__nccwpck_require__.bind(__nccwpck_require__, 9365))).dockerStage),
    publish: loadedOnRun('publish', 'Publish (GitHub Release)', async () => (await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(924)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8924))).publishStage),
};

// EXTERNAL MODULE: ./src/cargo/rustup-home.ts
var rustup_home = __nccwpck_require__(8537);
// EXTERNAL MODULE: ./src/cargo/toolchain-names.ts
var toolchain_names = __nccwpck_require__(6790);
// EXTERNAL MODULE: ./src/cargo/toolchain-resolve.ts + 2 modules
var toolchain_resolve = __nccwpck_require__(9112);
// EXTERNAL MODULE: ./src/log-sink.ts
var log_sink = __nccwpck_require__(977);
;// CONCATENATED MODULE: ./src/stage-log.ts
// Where a running stage's log goes when stages overlap. Each stage runs inside its own
// StageOutput (selected through AsyncLocalStorage, so exec and the logger find it without being
// handed it): the stage that is first in pipeline order streams live, the others record their log
// and print it whole, in pipeline order, when they come to the front. Recorded child output is
// kept in memory up to a bound and spilled to a temporary file past it. Child output reaches our
// stdout only through the guard (log-sink.ts), live or replayed.




/** Recorded output kept in memory per stage before the rest goes to a temporary file. */
const MEMORY_LIMIT_BYTES = 4 * 1024 * 1024;
class StageOutput {
    log;
    memoryLimit;
    entries = [];
    live = false;
    inMemory = 0;
    spill;
    constructor(log, memoryLimit = MEMORY_LIMIT_BYTES) {
        this.log = log;
        this.memoryLimit = memoryLimit;
    }
    write(chunk) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (this.live)
            log_sink/* guardedStdout */.GW.write(data);
        else if (this.inMemory + data.length <= this.memoryLimit) {
            this.inMemory += data.length;
            this.entries.push({ kind: 'out', data });
        }
        else
            this.spillChunk(data);
    }
    message(kind, message) {
        if (this.live)
            this.log[kind](message);
        else if (kind === 'info' && this.spill)
            this.spillChunk(Buffer.from(`${message}\n`));
        else
            this.entries.push({ kind, message });
    }
    get isLive() {
        return this.live;
    }
    /** Prints what was recorded, then streams whatever the stage writes from now on. */
    goLive() {
        for (const e of this.entries) {
            if (e.kind === 'out')
                log_sink/* guardedStdout */.GW.write(e.data);
            else if (e.kind === 'spilled')
                this.replaySpilled(e.offset, e.length);
            else
                this.log[e.kind](e.message);
        }
        this.entries = [];
        this.live = true;
        this.dispose();
    }
    /** Removes the temporary file, if any. */
    dispose() {
        if (!this.spill)
            return;
        (0,external_node_fs_.closeSync)(this.spill.fd);
        (0,external_node_fs_.rmSync)(this.spill.dir, { recursive: true, force: true });
        this.spill = undefined;
    }
    spillChunk(data) {
        if (!this.spill) {
            const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rust-pipeline-log-'));
            this.spill = { dir, fd: (0,external_node_fs_.openSync)((0,external_node_path_.join)(dir, 'log'), 'w+'), size: 0 };
        }
        (0,external_node_fs_.writeSync)(this.spill.fd, data);
        const last = this.entries.at(-1);
        if (last?.kind === 'spilled')
            last.length += data.length;
        else
            this.entries.push({ kind: 'spilled', offset: this.spill.size, length: data.length });
        this.spill.size += data.length;
    }
    replaySpilled(offset, length) {
        const buf = Buffer.alloc(Math.min(length, 1024 * 1024));
        for (let done = 0; done < length;) {
            const n = (0,external_node_fs_.readSync)(this.spill.fd, buf, 0, Math.min(buf.length, length - done), offset + done);
            if (n <= 0)
                break;
            log_sink/* guardedStdout */.GW.write(Buffer.from(buf.subarray(0, n)));
            done += n;
        }
    }
}
/** Runs fn with `output` as the destination of its log and of its children's output. */
function withOutput(output, fn) {
    return (0,log_sink/* withSink */.GN)(output, fn);
}
function currentOutput() {
    const sink = (0,log_sink/* outputSink */.vS)();
    return sink instanceof StageOutput ? sink : undefined;
}
/**
 * A logger that writes into the running stage's output when there is one, and to `base`
 * otherwise. A group inside a recorded stage becomes a heading line (log groups do not nest).
 */
function routedLogger(base) {
    const say = (kind, m) => {
        const out = currentOutput();
        if (out)
            out.message(kind, m);
        else
            base[kind](m);
    };
    return {
        info: (m) => say('info', m),
        warning: (m) => say('warning', m),
        group: (name, fn) => {
            const out = currentOutput();
            if (!out || out.isLive)
                return base.group(name, fn);
            out.message('info', `▶ ${name}`);
            return fn();
        },
        secret: (v) => base.secret(v),
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts











function overallResult(stages) {
    return (0,context/* worstStatus */.A4)(stages.map((s) => s.status));
}
const STAGE_NEEDS = {
    // cargo fmt reads the sources only.
    fmt: { needsTarget: false, needsSetup: false, after: [] },
    clippy: { needsTarget: true, needsSetup: true, after: [] },
    test: { needsTarget: true, needsSetup: true, after: [] },
    coverage: { needsTarget: true, needsSetup: true, after: [] },
    // cargo audit reads Cargo.lock and the advisory database and builds nothing.
    audit: { needsTarget: false, needsSetup: true, after: [] },
    // cargo deny reads the metadata, Cargo.lock and the same advisory database; it builds nothing.
    // After audit (when both run), so the database is fetched at most once.
    deny: { needsTarget: false, needsSetup: true, after: ['audit'] },
    build: { needsTarget: true, needsSetup: true, after: [] },
    docker: { needsTarget: true, needsSetup: true, after: ['build'] },
    // Publishes only what passed every other stage: it waits for all of them.
    publish: {
        needsTarget: false,
        needsSetup: false,
        after: ['fmt', 'clippy', 'test', 'coverage', 'audit', 'build', 'docker'],
    },
};
async function runPipeline(o) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(o.inputs.workingDirectory, 'Cargo.toml')))
        return finish(startRun(o, fallbackToolchains(o)), missingManifest(o.inputs));
    let toolchains;
    try {
        toolchains = (0,toolchain_resolve/* resolveToolchains */.vy)(o.inputs.toolchains, o.inputs.workingDirectory, o.repoRoot, o.env);
    }
    catch (e) {
        if (!(e instanceof toolchain_names/* ToolchainSpecError */.rY))
            throw e;
        return finish(startRun(o, fallbackToolchains(o)), unusableToolchains(o.inputs, e));
    }
    for (const note of toolchains.notes)
        o.log.info(note);
    const run = startRun(o, toolchains);
    const stages = o.inputs.parallel ? await runOverlapped(run) : await runInLine(run);
    return finish(run, stages);
}
/** What a run that cannot start reports as its toolchains: the input's names as written. */
function fallbackToolchains(o) {
    const list = o.inputs.toolchains.map((t) => ({ request: t, name: t, label: t }));
    return { list, main: list[0]?.name ?? 'stable', notes: [] };
}
function startRun(o, toolchains) {
    const startedAt = new Date().toISOString();
    const previous = new Map();
    const ctx = {
        inputs: o.inputs,
        cwd: o.inputs.workingDirectory,
        repoRoot: o.repoRoot,
        env: { ...o.env },
        toolchains: toolchains.list.map((t) => t.name),
        toolchain: toolchains.main,
        toolchainLabels: Object.fromEntries(toolchains.list.filter((t) => t.label !== t.name).map((t) => [t.name, t.label])),
        ...(toolchains.file ? { toolchainFile: toolchains.file } : {}),
        exec: o.exec,
        // Overlapped stages each log into their own output; one after another, straight through.
        log: o.inputs.parallel ? routedLogger(o.log) : o.log,
        profiler: o.profiler,
        event: o.event,
        tempDir: o.tempDir,
        toolDir: o.toolDir,
        previous,
        saveState: o.saveState,
    };
    const setup = [...(toolchains.file ? [toolchainFileStep(toolchains.file)] : []), ...(o.setup ?? [])];
    const registry = o.registry ?? STAGE_REGISTRY;
    return { o, ctx, startedAt, setup, setupBlocks: [], setupData: {}, later: [], outputs: {}, previous, registry };
}
/**
 * The toolchain file's toolchain, components and targets, installed before the stages as a setup
 * phase of its own (so the cache key sees the installed compiler). A failure is not reported
 * here: every stage that uses the toolchain reports it (ensureToolchain keeps the answer).
 */
function toolchainFileStep(file) {
    return {
        name: `toolchain file: ${file.file}`,
        run: async (ctx) => {
            try {
                await (0,src_toolchain/* ensureToolchain */.EC)(ctx, file.channel, [], false);
            }
            catch (e) {
                if (!(e instanceof src_toolchain/* ToolchainError */.g8))
                    throw e;
            }
        },
    };
}
/** Every stage failed before it started, for one reason. */
function notStarted(inputs, summary, finding) {
    return inputs.stages.map((name) => ({
        ...(0,context/* result */.Ke)('failure', summary),
        name,
        title: STAGE_REGISTRY[name].title,
        ms: 0,
        findings: [finding],
    }));
}
function missingManifest(inputs) {
    return notStarted(inputs, 'no Cargo.toml', {
        level: 'error',
        title: 'working-directory',
        message: `No Cargo.toml in "${inputs.workingDirectory}". Set the working-directory input to the folder of your crate or workspace.`,
    });
}
/** The toolchains input or the toolchain file cannot be used: no stage starts (the message names which, and the value, escaped). */
function unusableToolchains(inputs, e) {
    return notStarted(inputs, 'toolchain not usable', { level: 'error', title: e.source, message: e.message });
}
async function runSetup(run) {
    const { o, ctx } = run;
    for (const [index, step] of run.setup.entries()) {
        if ((0,exec/* isCancelled */.mm)())
            break;
        try {
            const res = await o.profiler.measure(step.name, () => step.run(ctx));
            if (res)
                takeSetupResult(run, index, step.name, res);
        }
        catch (e) {
            // Setup steps (cache, tools) must never fail the run by themselves.
            o.log.warning(`${step.name}: ${e.message}`);
        }
    }
}
/** Adds a setup step's result (or its later answer) to the run: outputs, its blocks, warnings, its data. */
function takeSetupResult(run, index, name, res) {
    Object.assign(run.outputs, res.outputs ?? {});
    (run.setupBlocks[index] ??= []).push(...(res.blocks ?? []));
    for (const w of res.warnings ?? [])
        run.o.log.warning(w);
    if (res.data !== undefined)
        run.setupData[name] = { ...run.setupData[name], ...res.data };
    if (res.later)
        run.later.push(res.later.then((r) => r && takeSetupResult(run, index, name, r), (e) => run.o.log.warning(`${name}: ${e.message}`)));
}
/** Runs one stage (or reports it not started when the run was cancelled) and records its result. */
async function runStage(run, name, wrap = (fn) => fn()) {
    const stage = run.registry[name];
    if ((0,exec/* isCancelled */.mm)())
        return { ...(0,context/* result */.Ke)('cancelled', 'not started: the run was cancelled'), name, title: stage.title, ms: 0 };
    const started = performance.now();
    let res;
    try {
        res = await run.o.profiler.measure(`stage: ${name}`, () => wrap(() => stage.run(run.ctx)));
    }
    catch (e) {
        res = (0,context/* result */.Ke)('failure', 'internal error', {
            findings: [{ level: 'error', title: `${name} stage`, message: e.stack ?? String(e) }],
        });
    }
    if ((0,exec/* isCancelled */.mm)() && res.status !== 'success')
        res = { ...res, status: 'cancelled' };
    run.previous.set(name, res);
    return { ...res, name, title: stage.title, ms: performance.now() - started };
}
/** Today's order: the setup steps, then each stage after the one before. */
async function runInLine(run) {
    await runSetup(run);
    const stages = [];
    for (const name of run.o.inputs.stages) {
        stages.push(await runStage(run, name, (fn) => run.o.log.group(run.registry[name].title, fn)));
    }
    return stages;
}
/**
 * Each stage starts as soon as what it needs (STAGE_NEEDS) is done. Its log is recorded and
 * printed whole, in pipeline order: the first unfinished stage streams live.
 */
async function runOverlapped(run) {
    const { o, ctx } = run;
    const names = o.inputs.stages;
    // The profile lists setup and stages in pipeline order, whichever starts first.
    o.profiler.reserve([...run.setup.map((s) => s.name), ...names.map((n) => `stage: ${n}`)]);
    const setup = runSetup(run);
    // The workspace facts most stages ask for: asked now, beside the first stage, not by it.
    // Only for an installed toolchain: asking with a missing one could start rustup installing it.
    if ((0,rustup_home/* toolchainOnDisk */.QB)(ctx.env, ctx.toolchain))
        void (0,metadata/* cargoMetadata */.ge)(ctx, ctx.toolchain);
    const done = new Map();
    let lastBuilder = Promise.resolve();
    let shown = setup;
    for (const name of names) {
        const needs = STAGE_NEEDS[name];
        const waits = [
            ...(needs.needsSetup ? [setup] : []),
            ...(needs.needsTarget ? [lastBuilder] : []),
            ...needs.after.flatMap((a) => done.get(a) ?? []),
        ];
        const output = new StageOutput(o.log);
        let begin;
        const begun = new Promise((r) => (begin = r));
        const report = Promise.all(waits).then(() => {
            begin(!(0,exec/* isCancelled */.mm)());
            return runStage(run, name, (fn) => withOutput(output, fn));
        });
        done.set(name, report);
        if (needs.needsTarget)
            lastBuilder = report;
        shown = shown.then(() => showWhole(o.log, run.registry[name].title, output, begun, report));
    }
    await shown;
    return Promise.all(names.map((n) => done.get(n)));
}
/** Prints a stage's recorded log in its group, then its live output until it finishes. */
async function showWhole(log, title, output, begun, report) {
    if (!(await begun))
        return;
    try {
        await log.group(title, async () => {
            output.goLive();
            await report;
        });
    }
    finally {
        output.dispose();
    }
}
async function finish(run, done) {
    const { outputs, o } = run;
    // A later answer may bring more later answers: wait until none is left.
    for (let seen = 0; seen < run.later.length; seen = run.later.length)
        await Promise.all(run.later.slice(seen));
    for (const s of done)
        Object.assign(outputs, s.outputs);
    const res = overallResult(done);
    const failedStages = done.filter((s) => s.status === 'failure' || s.status === 'cancelled').map((s) => s.name);
    outputs.result = res;
    outputs['failed-stages'] = failedStages.join(',');
    return {
        result: res,
        failedStages,
        stages: done,
        outputs,
        setupBlocks: run.setupBlocks.flatMap((b) => b ?? []),
        setupData: run.setupData,
        toolchains: run.ctx.toolchains,
        ...(Object.keys(run.ctx.toolchainLabels).length ? { toolchainLabels: run.ctx.toolchainLabels } : {}),
        phases: o.profiler.timings(),
        totalMs: o.profiler.totalMs(),
        startedAt: run.startedAt,
        ...(o.inputs.cell ? { cell: o.inputs.cell } : {}),
    };
}

// EXTERNAL MODULE: ./src/cache/off.ts
var off = __nccwpck_require__(5771);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __nccwpck_require__(5387);
;// CONCATENATED MODULE: ./src/cli.ts
// The same pipeline outside Actions: `rust-pipeline [--input value …] [path]`.
















const HELP = `Usage: rust-pipeline [options] [path]

Runs the rust-pipeline stages on the Rust crate or workspace at path (default: .).

Options (the action's inputs, as --name value; each may also be set in the environment as
RUST_PIPELINE_<NAME>, e.g. RUST_PIPELINE_DOCKER_PASSWORD, and the option wins):
${specs/* INPUT_SPECS */.a6.map((s) => `  --${s.name.padEnd(24)} ${s.description}${s.default ? ` (default: ${s.default})` : ''}`).join('\n')}

Local options:
  --cache-dir DIR             Where the local cache lives (default: $XDG_CACHE_HOME/rust-pipeline or ~/.cache/rust-pipeline).
  --report FILE               Where to write the JSON report (default: <path>/target/rust-pipeline/report.json).
  --event NAME                Event name to act as, e.g. push (default: local).
  --ref REF                   Git ref to act as, e.g. refs/tags/v1.2.3 (for docker tags).
  -h, --help                  Show this help.

Give the registry password through RUST_PIPELINE_DOCKER_PASSWORD: an option is visible to
every user of the machine in the process list.

Exit code: 0 when every stage passed, 1 otherwise, 2 for bad options.`;
/** The environment variable that sets an input in the CLI: docker-password → RUST_PIPELINE_DOCKER_PASSWORD. */
function inputEnvName(input) {
    return `RUST_PIPELINE_${input.toUpperCase().replace(/-/g, '_')}`;
}
function consoleLogger(secrets) {
    const scrub = (m) => (0,src_text/* scrubSecrets */.Zg)(m, secrets);
    return {
        info: (m) => console.log(scrub(m)),
        warning: (m) => console.log(`warning: ${scrub(m)}`),
        group: async (name, fn) => {
            console.log(`\n▶ ${name}`);
            return fn();
        },
        secret: (v) => secrets.push(v),
    };
}
function findingLine(f) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}: ` : '';
    const first = f.message.split('\n').find((l) => l.trim() !== '') ?? '';
    return `${where}${f.level}${f.title ? ` [${f.title}]` : ''}: ${first}`;
}
/** The local cache, loaded only when the cache is on (its modules cost start-up time). */
async function localCacheFor(inputs, dir) {
    if (!inputs.cache.enabled)
        return undefined;
    const { LocalCache } = await __nccwpck_require__.e(/* import() */ 414).then(__nccwpck_require__.bind(__nccwpck_require__, 5414));
    return new LocalCache(dir);
}
/** The command line as options and one path; a number is the exit code to stop with (help, or a bad option). */
function parseCommandLine(argv) {
    const options = {
        'cache-dir': { type: 'string' },
        report: { type: 'string' },
        event: { type: 'string' },
        ref: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    };
    for (const s of specs/* INPUT_SPECS */.a6)
        options[s.name] = { type: 'string' };
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (e) {
        console.error(`rust-pipeline: ${e.message}\nRun rust-pipeline --help for the options.`);
        return 2;
    }
    const values = parsed.values;
    if (values.help) {
        console.log(HELP);
        return 0;
    }
    if (parsed.positionals.length > 1) {
        console.error(`rust-pipeline: one path at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
        return 2;
    }
    return { values, root: (0,external_node_path_.resolve)(parsed.positionals[0] ?? '.') };
}
/** Inputs from the options, else RUST_PIPELINE_<NAME>, else the defaults; undefined after a bad one (said). */
function cliInputs(values, root) {
    try {
        return parseInputs((name) => {
            if (name === 'working-directory' && values[name] === undefined)
                return root;
            const v = values[name];
            return typeof v === 'string' ? v : (process.env[inputEnvName(name)] ?? '');
        }, process.cwd());
    }
    catch (e) {
        if (!(e instanceof errors/* InputError */.dz))
            throw e;
        console.error(`rust-pipeline: ${e.message}`);
        return undefined;
    }
}
async function cli(argv) {
    // Every message names an input as the command line does: --option.
    (0,errors/* setInputSurface */.MB)('cli');
    const profiler = new src_profiler/* Profiler */.UD();
    const line = parseCommandLine(argv);
    if (typeof line === 'number')
        return line;
    const { values, root } = line;
    const inputs = cliInputs(values, root);
    if (!inputs)
        return 2;
    const reportOption = typeof values.report === 'string' ? (0,external_node_path_.resolve)(values.report) : undefined;
    const event = cliEvent(values);
    if (inputs.matrix.mode !== 'run') {
        // Loaded only for plan and merge: the modes module carries the Actions toolkit.
        const { cliMode } = await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(969)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3969));
        return cliMode(inputs, root, event, reportOption);
    }
    const secrets = [];
    const log = consoleLogger(secrets);
    if (inputs.docker.password)
        log.secret(inputs.docker.password);
    if (inputs.githubRelease.token)
        log.secret(inputs.githubRelease.token);
    if (typeof values['docker-password'] === 'string') {
        log.warning(`--docker-password is visible to every user of this machine in the process list; set ${inputEnvName('docker-password')} instead.`);
    }
    let cancelled = false;
    installCancellation((signal) => {
        cancelled = true;
        console.log(`\n${signal}: stopping the running command…`);
    });
    const cacheDir = typeof values['cache-dir'] === 'string'
        ? (0,external_node_path_.resolve)(values['cache-dir'])
        : (0,external_node_path_.join)(process.env.XDG_CACHE_HOME ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'rust-pipeline');
    const localCache = await localCacheFor(inputs, cacheDir);
    const reportPath = reportOption ?? (0,external_node_path_.join)(inputs.workingDirectory, 'target', 'rust-pipeline', 'report.json');
    const report = await runPipeline({
        inputs,
        // Annotation paths are relative to the given path (the repository), also when --working-directory points below it.
        repoRoot: (0,external_node_path_.relative)(root, inputs.workingDirectory).startsWith('..') ? inputs.workingDirectory : root,
        env: (0,child_env/* childEnv */.gf)(process.env, { secrets: [inputs.docker.password] }),
        event,
        exec: exec/* exec */.m0,
        log,
        profiler,
        tempDir: (0,external_node_path_.join)(inputs.workingDirectory, 'target', 'rust-pipeline', 'tmp'),
        toolDir: (0,external_node_path_.join)(cacheDir, 'tools'),
        saveState: () => undefined,
        setup: [localCache?.restoreStep ?? (0,off/* cacheOffStep */.c)('--cache false')],
    });
    report.outputs.report = reportPath;
    printRun(report, reportPath);
    // The CLI has no post step: the cache is saved here, at the end of the run.
    if (!cancelled)
        await localCache?.save(report, log);
    console.log(`\nReport: ${reportPath}  (${(0,src_profiler/* formatMs */._V)(report.totalMs)})`);
    return report.result === 'success' && !cancelled ? 0 : 1;
}
/** The event the CLI acts as (--event, --ref); the repository to publish to from GITHUB_REPOSITORY. */
function cliEvent(values) {
    const repository = process.env.GITHUB_REPOSITORY;
    return {
        name: typeof values.event === 'string' ? values.event : 'local',
        ref: typeof values.ref === 'string' ? values.ref : '',
        sha: '',
        repositoryUrl: '',
        ...(repository ? { repository } : {}),
    };
}
/** Every finding as file:line:col, the summary as text, and the JSON report on disk. */
function printRun(report, reportPath) {
    const findings = report.stages.flatMap((s) => s.findings);
    const selection = (0,annotations/* selectAnnotations */.TT)(findings, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    if (findings.length) {
        console.log('\nFindings:');
        for (const f of selection.shown)
            console.log(`  ${findingLine(f)}`);
    }
    console.log((0,src_blocks/* toText */.fE)(summaryBlocks(report)));
    writeJsonReport(reportPath, report);
}
cli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (e) => {
    console.error(`rust-pipeline crashed: ${e.stack ?? String(e)}`);
    process.exitCode = 1;
});

var __webpack_exports__cli = __webpack_exports__.x;
export { __webpack_exports__cli as cli };
