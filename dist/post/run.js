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

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MV: () => (/* binding */ actionsLogger),
  fe: () => (/* binding */ appendSummary),
  V4: () => (/* binding */ getInput)
});

// UNUSED EXPORTS: ANNOTATION_MESSAGE_CHARS, ANNOTATION_TITLE_CHARS, OUTPUT_LIMIT_BYTES, annotate, cutChars, eventPayloadFacts, fail, githubEvent, saveState, setOutputs

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/log-sink.ts
var log_sink = __nccwpck_require__(977);
;// CONCATENATED MODULE: ./src/actions.ts
// Adapters from the pipeline to the Actions runner: logger, annotations, the event context.
// Every workflow command we issue goes through ownCommands (outside the spans in which the
// repository's output is inert); plain log lines go inside them (see log-sink.ts).





const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `::command key=value,…::message` on stdout; properties without a value are left out. */
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
    process.stdout.write(`::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Appends `name<<delimiter` … to the runner's GITHUB_<command> file (a value can hold any text). */
function issueFileCommand(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
function annotation(level, message, p = {}) {
    issueCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message);
}
/** An input's value from INPUT_<NAME>, trimmed; '' when not given (core.getInput). */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Hands a value to the post step (core.saveState). */
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        issueFileCommand('STATE', name, value);
    else
        issueCommand('save-state', { name }, value);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', name, value);
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
}
/** Appends Markdown (and a line end) to the job summary (core.summary.addRaw(text, true).write()). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_namespaceObject.appendFile)(file, `${markdown}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
const actionsLogger = {
    // A log line may quote the repository's output (a test name, a compiler message): inert like it.
    info: (m) => void log_sink/* guardedStdout */.GW.write(`${m}${external_node_os_.EOL}`),
    warning: (m) => (0,log_sink/* ownCommands */.hO)(() => annotation('warning', m)),
    group: async (name, fn) => {
        (0,log_sink/* ownCommands */.hO)(() => issueCommand('group', {}, name));
        try {
            return await fn();
        }
        finally {
            (0,log_sink/* ownCommands */.hO)(() => issueCommand('endgroup', {}, ''));
        }
    },
    secret: (v) => (0,log_sink/* ownCommands */.hO)(() => issueCommand('add-mask', {}, v)),
};
/** GitHub's limit for one output value (1 MB; 50 MB for all of a job's outputs). */
const OUTPUT_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/**
 * Sets the step's outputs (a file under Actions; a command only without one). A value over
 * GitHub's limit is not set: the problems returned say which and where to read it instead.
 */
function setOutputs(outputs) {
    const problems = [];
    ownCommands(() => {
        for (const [name, value] of Object.entries(outputs)) {
            const bytes = Buffer.byteLength(value);
            if (bytes <= OUTPUT_LIMIT_BYTES)
                setOutput(name, value);
            else
                problems.push(`Output ${name} is ${bytes} bytes, over GitHub's limit of ${OUTPUT_LIMIT_BYTES} bytes per output: it was not set. The JSON report (output report) has it.`);
        }
    });
    return problems;
}
/** Fails the step with `message` (an error annotation). */
function fail(message) {
    process.exitCode = 1;
    ownCommands(() => annotation('error', message));
}
/**
 * What GitHub keeps of an annotation: the runner cuts a message at 4096 characters
 * (`_maxIssueMessageLength` in actions/runner's ExecutionContext.cs), the check-run API a title at 255.
 */
const ANNOTATION_MESSAGE_CHARS = 4096;
const ANNOTATION_TITLE_CHARS = 255;
/** `s` cut to `max` characters, saying so at the end. */
function cutChars(s, max) {
    if (s.length <= max)
        return s;
    const noteOf = (left) => ` … [${left} more characters in the log and the JSON report]`;
    const kept = s.slice(0, max - noteOf(s.length).length).replace(/[\uD800-\uDBFF]$/, '');
    return kept + noteOf(s.length - kept.length);
}
function annotate(f) {
    const props = {
        ...(f.title ? { title: cutChars(f.title, ANNOTATION_TITLE_CHARS) } : {}),
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { startLine: f.line, endLine: f.endLine ?? f.line } : {}),
        // GitHub ignores columns on multi-line annotations.
        ...(f.column && (f.endLine ?? f.line) === f.line
            ? { startColumn: f.column, endColumn: f.endColumn ?? f.column }
            : {}),
    };
    ownCommands(() => {
        const message = cutChars(f.message, ANNOTATION_MESSAGE_CHARS);
        annotation(f.level === 'error' || f.level === 'warning' ? f.level : 'notice', message, props);
    });
}
function githubEvent(env) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        name: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repositoryUrl: env.GITHUB_REPOSITORY ? `${server}/${env.GITHUB_REPOSITORY}` : '',
        ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
        ...eventPayloadFacts(readPayload(env.GITHUB_EVENT_PATH)),
    };
}
function readPayload(path) {
    if (!path)
        return undefined;
    try {
        return JSON.parse(readFileSync(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The payload's action and, for a release event, its release (id and tag). */
function eventPayloadFacts(payload) {
    const p = (payload ?? {});
    const id = p.release?.id;
    const tag = p.release?.tag_name;
    return {
        ...(typeof p.action === 'string' ? { action: p.action } : {}),
        ...(typeof id === 'number' && typeof tag === 'string' ? { release: { id, tag } } : {}),
    };
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

/***/ 788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ds: () => (/* binding */ stop),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
/* unused harmony exports worstStatus, STATUS_ICON, logCommand, result, DONE */
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
    log.info(`[command]${formatCommand(cmd, args)}${toolchain ? `  (toolchain ${toolchain})` : ''}`);
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
  m0: () => (/* binding */ exec)
});

// UNUSED EXPORTS: KILL_GRACE_MS, LEFTOVER_GRACE_MS, LineSplitter, MAX_LINE_CHARS, OUTPUT_TAIL_BYTES, TREE_GONE_MS, Tail, formatCommand, isCancelled, killPlan

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

/***/ 8041:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ isRegistryHost)
/* harmony export */ });
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

/***/ 977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ guardedStdout),
/* harmony export */   Jw: () => (/* binding */ guardWorkflowCommands),
/* harmony export */   _s: () => (/* binding */ closeGuard),
/* harmony export */   hO: () => (/* binding */ ownCommands),
/* harmony export */   vS: () => (/* binding */ outputSink)
/* harmony export */ });
/* unused harmony exports CommandGuard, withSink */
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
function guardWorkflowCommands(token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex')) {
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

/***/ 4889:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O4: () => (/* binding */ actionTempDir),
  nN: () => (/* binding */ cargoHomeOf),
  aY: () => (/* binding */ findOnPath),
  lt: () => (/* binding */ homeOf),
  FK: () => (/* binding */ isInside),
  dN: () => (/* binding */ realPathOf),
  Ne: () => (/* binding */ repoRelative),
  c_: () => (/* binding */ targetDirOf),
  pr: () => (/* binding */ toolDirOf),
  Ir: () => (/* binding */ walkTree),
  zf: () => (/* binding */ workspaceDir)
});

// UNUSED EXPORTS: findUp, stripAnsi

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/paths.ts




/** Removes ANSI colour and cursor sequences (Node's own stripper, under the name the parsers use). */
const stripAnsi = (/* unused pure expression or super */ null && (stripVTControlCharacters));
/**
 * Makes a path that a tool printed (absolute, or relative to `base`) relative to the repository
 * root, with forward slashes, as GitHub wants for annotations. Paths outside the repository
 * (e.g. in ~/.cargo/registry) come back undefined.
 */
function repoRelative(file, base, repoRoot) {
    const abs = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(base, file);
    const rel = (0,external_node_path_.relative)(repoRoot, abs);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
/** True when `path` is `dir` or lies below it (compared without case where the file system ignores it). */
function isInside(path, dir) {
    const fold = process.platform === 'win32' || process.platform === 'darwin';
    const rel = fold ? (0,external_node_path_.relative)(dir.toLowerCase(), path.toLowerCase()) : (0,external_node_path_.relative)(dir, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * The first of `names` that exists in `dir` or a directory above it, up to and including `stopAt`
 * (a `dir` outside `stopAt` is searched alone).
 */
function findUp(dir, stopAt, names) {
    for (let cur = dir;; cur = dirname(cur)) {
        for (const name of names) {
            const p = join(cur, name);
            if (existsSync(p))
                return p;
        }
        if (cur === stopAt || dirname(cur) === cur || !isInside(cur, stopAt))
            return undefined;
    }
}
/** The user's home directory: HOME (USERPROFILE on Windows), else the OS's answer. */
function homeOf(env) {
    return (0,external_node_path_.resolve)(env.HOME || env.USERPROFILE || (0,external_node_os_.homedir)());
}
function cargoHomeOf(env) {
    return env.CARGO_HOME ? (0,external_node_path_.resolve)(env.CARGO_HOME) : (0,external_node_path_.join)(homeOf(env), '.cargo');
}
/**
 * Where the action keeps its tools and the advisory database: under CARGO_HOME, so that the
 * shared cache carries them (main and post both work it out from the environment).
 */
function toolDirOf(env) {
    return (0,external_node_path_.join)(cargoHomeOf(env), 'rust-pipeline');
}
/**
 * The target directory of a crate or workspace at `cwd`: what cargo metadata said, else
 * CARGO_TARGET_DIR (relative to `cwd`), else `<cwd>/target`.
 */
function targetDirOf(cwd, env, fromMetadata) {
    if (fromMetadata)
        return (0,external_node_path_.resolve)(cwd, fromMetadata);
    return env.CARGO_TARGET_DIR ? (0,external_node_path_.resolve)(cwd, env.CARGO_TARGET_DIR) : (0,external_node_path_.join)(cwd, 'target');
}
/**
 * `path` with every symlink resolved, also when its last parts do not exist yet (the nearest
 * existing ancestor is resolved and the rest appended).
 */
function realPathOf(path) {
    const abs = (0,external_node_path_.resolve)(path);
    const rest = [];
    for (let cur = abs;; cur = (0,external_node_path_.dirname)(cur)) {
        try {
            return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(cur), ...rest.reverse());
        }
        catch {
            if ((0,external_node_path_.dirname)(cur) === cur)
                return abs;
            rest.push((0,external_node_path_.basename)(cur));
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
        names = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        const p = (0,external_node_path_.join)(dir, name);
        let st;
        try {
            st = o.follow ? (0,external_node_fs_.statSync)(p) : (0,external_node_fs_.lstatSync)(p);
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
    return (0,external_node_path_.join)(env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'rust-pipeline');
}
/** The workspace: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
function workspaceDir(env = process.env) {
    return env.GITHUB_WORKSPACE ?? process.cwd();
}
/** The first file called `exe` in the directories of `pathVar` (a PATH value), as a process start would find it. */
function findOnPath(exe, pathVar) {
    for (const dir of (pathVar ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const p = (0,external_node_path_.join)(dir, exe);
        try {
            if ((0,external_node_fs_.statSync)(p).isFile())
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
/* harmony export */   _V: () => (/* binding */ formatMs)
/* harmony export */ });
/* unused harmony exports Profiler, overlap, profileRows, OTHER_PHASE, largestRemainder */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
// Times each phase of a run and reports each one's share of the whole.

class Profiler {
    now;
    phases = [];
    // The phase that encloses the running code: phases that run at the same time (overlapping
    // stages) each nest their own phases under themselves.
    enclosing = new AsyncLocalStorage();
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

/***/ 2462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ isString),
/* harmony export */   Mm: () => (/* binding */ mainRanState),
/* harmony export */   OT: () => (/* binding */ stateSlot),
/* harmony export */   au: () => (/* binding */ oneOfValues),
/* harmony export */   c9: () => (/* binding */ dockerConfigState),
/* harmony export */   e6: () => (/* binding */ isStringList),
/* harmony export */   lG: () => (/* binding */ resultState),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   zy: () => (/* binding */ dockerRegistriesState)
/* harmony export */ });
/* unused harmony exports StateError, textSlot, isBoolean, MAIN_STATE_SLOTS, clearMainState */
// The typed state main leaves for post (through core.saveState / STATE_* env in Actions). Each
// value has one slot: the name, the JSON it is stored as, and a check that post runs on load. The
// state file is outside the action's control while the repository's code runs, so a value that
// fails its check is refused (post then treats it as absent, with a warning from the caller).
/** Thrown by a slot's check: names the slot and what is wrong. */
class StateError extends Error {
    constructor(slot, why) {
        super(`the saved state "${slot}" is not valid (${why})`);
        this.name = 'StateError';
    }
}
const JSON_CODEC = { write: (v) => JSON.stringify(v), read: (raw) => JSON.parse(raw) };
function stateSlot(name, check, codec = JSON_CODEC) {
    return {
        name,
        save(value, write) {
            write(name, codec.write(value));
        },
        load() {
            // What core.getState reads: the runner hands main's values to post as STATE_<name>. Read here
            // directly so that stages can name their state without loading @actions/core.
            const raw = process.env[`STATE_${name}`] ?? '';
            if (raw === '')
                return undefined;
            let value;
            try {
                value = codec.read(raw);
            }
            catch {
                throw new StateError(name, 'not JSON');
            }
            try {
                return check(value);
            }
            catch (e) {
                throw new StateError(name, e.message);
            }
        },
    };
}
/** A slot holding one line of text as it is (a path, a word), not as JSON. */
function textSlot(name, check) {
    return stateSlot(name, check, { write: (v) => v, read: (raw) => raw });
}
// Checks shared by the slots (and by the modules that define their own object slots).
function isString(value) {
    if (typeof value !== 'string')
        throw new Error('not a string');
    return value;
}
function isStringList(value) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new Error('not a list of strings');
    return value;
}
function isBoolean(value) {
    if (typeof value !== 'boolean')
        throw new Error('not true or false');
    return value;
}
/** The value as a plain object (not null, not a list). */
function isRecord(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('not an object');
    return value;
}
function oneOfValues(allowed) {
    return (value) => {
        if (typeof value !== 'string' || !allowed.includes(value))
            throw new Error(`not one of ${allowed.join(', ')}`);
        return value;
    };
}
/** Set by main once it has run: post does nothing when main never started. */
const mainRanState = stateSlot('main-ran', isBoolean);
/**
 * Every slot main owns besides main-ran. Main writes each one empty before the stages run, so that a
 * value printed by the repository's code (a `::save-state` line) can never stand in for one main did
 * not write; a slot main uses is then written again with its value.
 */
const MAIN_STATE_SLOTS = (/* unused pure expression or super */ null && (['cache', 'advisory-db-cache', 'result', 'docker-config', 'docker-registries']));
/** Writes every slot in MAIN_STATE_SLOTS empty (read back as "not saved"). */
function clearMainState(write) {
    for (const name of MAIN_STATE_SLOTS)
        write(name, '');
}
/** The run's overall result, for post's save decision. */
const resultState = textSlot('result', oneOfValues(['success', 'failure', 'cancelled']));
/** The temporary docker config directory holding the registry login, while it exists. */
const dockerConfigState = textSlot('docker-config', isString);
/** The registries main logged in to. */
const dockerRegistriesState = stateSlot('docker-registries', isStringList);


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
  h: () => (/* binding */ postTasks)
});

// EXTERNAL MODULE: ./src/paths.ts + 1 modules
var paths = __nccwpck_require__(4889);
// EXTERNAL MODULE: ./src/actions.ts + 1 modules
var actions = __nccwpck_require__(2609);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/exec.ts + 2 modules
var exec = __nccwpck_require__(3738);
// EXTERNAL MODULE: ./src/context.ts
var context = __nccwpck_require__(788);
// EXTERNAL MODULE: ./src/profiler.ts
var profiler = __nccwpck_require__(1038);
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
function gantt_wantsChart(phases) {
    return phases.filter(gantt_isStagePhase).length > 1;
}
function gantt_isStagePhase(p) {
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
    return `  ${name} (${word ? `${word}, ` : ''}${formatMs(p.ms)}) :${status ? TAG[status] : ''}p${id}, ${from}, ${to}`;
}
/** The top-level phases (setup, then stages) at their real times; failed stages `crit`, cancelled ones `done`. */
function gantt_ganttChart(g) {
    const start = Date.parse(g.startedAt);
    const top = g.phases.filter((p) => p.depth === 0 && p.ms >= g.totalMs * MIN_BAR_SHARE);
    const setup = top.filter((p) => !gantt_isStagePhase(p));
    const stages = top.filter(gantt_isStagePhase);
    const statusOf = (p) => gantt_isStagePhase(p) ? g.status.get(p.name.slice(STAGE_PREFIX.length)) : undefined;
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

;// CONCATENATED MODULE: ./src/report/annotations.ts
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
function annotations_omittedText(o) {
    const parts = ['error', 'warning', 'notice'].filter((l) => o[l] > 0).map((l) => plural(o[l], l));
    return parts.length
        ? `${parts.join(', ')} more not shown as annotations (GitHub shows ${GITHUB_PER_LEVEL} per level and step; max-annotations caps the total); every finding is in the log and the JSON report.`
        : undefined;
}

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
        rows: report.stages.map((s) => [s.name, `${STATUS_ICON[s.status]} ${s.status}`, s.summary, formatMs(s.ms)]),
    });
    blocks.push(...report.setupBlocks);
    for (const s of report.stages) {
        const section = s.blocks.length || s.status !== 'failure' ? s.blocks : causeBlocks(s.findings);
        if (section.length === 0)
            continue;
        blocks.push({ kind: 'heading', text: `${STATUS_ICON[s.status]} ${s.title}`, level: 3 }, ...section);
    }
    const more = selection ? omittedText(selection.omitted) : undefined;
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
    const rows = errors.slice(0, MAX_CAUSES).map((f) => [escapeText(f.title ?? 'error'), codeLines(f.message, 6)]);
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
    const rows = profileRows(report.phases, report.totalMs);
    return {
        kind: 'table',
        header: ['phase', 'time', 'share'],
        align: ['left', 'right', 'right'],
        rows: [
            ...rows.map((r) => [
                `${'\u00a0\u00a0'.repeat(r.depth)}${r.depth ? '↳ ' : ''}${r.name}`,
                formatMs(r.ms),
                r.share === undefined ? '' : `${r.share.toFixed(1)}%`,
            ]),
            ['total (wall time)', formatMs(report.totalMs), '100.0%'],
        ],
    };
}
/** Stages that ran side by side: said only when it saved time a reader can see in the figures. */
function overlapText(phases) {
    const { wallMs, summedMs } = overlap(phases.filter(isStagePhase));
    const stage = formatMs(summedMs);
    const wall = formatMs(wallMs);
    if (summedMs - wallMs < 100 || stage === wall)
        return [];
    return [
        {
            kind: 'text',
            text: `Stages ran side by side: ${stage} of stage time took ${wall} of wall time (${formatMs(summedMs - wallMs)} saved).`,
        },
    ];
}
/** The JSON report: everything a later step or tool may want, without secrets. */
function summary_jsonReport(report) {
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
        phases: profileRows(report.phases, report.totalMs).map((p) => ({
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
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(jsonReport(report), null, 2)}\n`);
}

// EXTERNAL MODULE: ./src/log-sink.ts
var log_sink = __nccwpck_require__(977);
// EXTERNAL MODULE: ./src/child-env.ts
var child_env = __nccwpck_require__(5387);
// EXTERNAL MODULE: ./src/inputs/registry-host.ts
var registry_host = __nccwpck_require__(8041);
// EXTERNAL MODULE: ./src/state.ts
var state = __nccwpck_require__(2462);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./src/release/tags.ts
// Image tags from the git ref (semver for tags), OCI labels, and the registry host of an image name.

function tags_parseRef(ref) {
    if (ref.startsWith('refs/tags/')) {
        const name = ref.slice('refs/tags/'.length);
        const version = semver.parse(name.replace(/^[vV](?=\d)/, '')) ?? undefined;
        return { kind: 'tag', name, ...(version ? { version } : {}) };
    }
    if (ref.startsWith('refs/heads/'))
        return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
    const pull = /^refs\/pull\/(\d+)\//.exec(ref);
    if (pull)
        return { kind: 'pull', name: pull[1] };
    return { kind: 'other', name: '' };
}
/**
 * Makes any text a valid Docker tag: letters, digits, "_", "." and "-", not starting with "." or
 * "-", at most 128 characters. "feature/login" → "feature-login".
 */
function sanitizeTag(text) {
    const t = text
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)
        .replace(/[.-]+$/, '');
    return t;
}
/**
 * Tags only a version tag, a commit or a pull request may produce: "latest", versions ("1", "1.2",
 * "1.2.3-rc.1", "1.2.3_build.7"), "sha-…" and "pr-N". For branches the guard is wider: anything
 * that reads like a version ("v1", "v2.0") is kept away too, since people pull such tags as releases.
 */
function isReservedTag(tag, kind) {
    const version = kind === 'branch' ? /^v?\d+(?:[._-]|$)/i : /^\d+(?:[._-]|$)/;
    return /^latest$/i.test(tag) || version.test(tag) || /^sha-/i.test(tag) || /^pr-\d+$/i.test(tag);
}
/**
 * The tag for a branch or a non-version git tag: sanitized, lower case, at most 128 characters, and
 * prefixed ("branch-", "tag-") when it would look like a release tag: a branch named "latest" or
 * "1.2.3" must not move the release's tags.
 */
function refTag(kind, name) {
    const t = sanitizeTag(name.toLowerCase());
    if (t !== '' && !isReservedTag(t, kind))
        return t;
    return sanitizeTag(`${kind}-${t}`);
}
/**
 * Tags for a ref:
 *   v1.2.3          → 1.2.3, 1.2, 1, latest  (0.y.z versions get no bare "0" tag: it would float across breaking changes)
 *   v2.0.0-rc.1     → 2.0.0-rc.1 only
 *   v1.2.3+build.7  → 1.2.3_build.7, 1.2, 1, latest ("+" is not allowed in tags)
 *   other tag       → the tag name, sanitized (refTag: "tag-…" when it looks like a release tag)
 *   branch          → the branch name, sanitized ("branch-latest", "branch-1.2.3": never a release tag)
 *   pull request    → pr-<number>
 * plus sha-<7 chars> whenever the commit is known, plus the docker-tags input.
 */
function imageTags(o) {
    if (o.replace)
        return dedupe(o.extra);
    const tags = [];
    const ref = tags_parseRef(o.ref);
    if (ref.kind === 'tag' && ref.version) {
        const v = ref.version;
        tags.push(sanitizeTag(v.build.length ? `${v.version}_${v.build.join('.')}` : v.version));
        if (v.prerelease.length === 0) {
            tags.push(`${v.major}.${v.minor}`);
            if (v.major > 0)
                tags.push(`${v.major}`);
            tags.push('latest');
        }
    }
    else if (ref.kind === 'tag' || ref.kind === 'branch') {
        tags.push(refTag(ref.kind, ref.name));
    }
    else if (ref.kind === 'pull') {
        tags.push(`pr-${ref.name}`);
    }
    if (/^[0-9a-f]{7,}$/i.test(o.sha))
        tags.push(`sha-${o.sha.slice(0, 7).toLowerCase()}`);
    tags.push(...o.extra);
    return dedupe(tags);
}
function dedupe(tags) {
    return [...new Set(tags)];
}
/** The version an image carries in its labels: the semver version, else the branch or tag name, else sha-<short>. */
function imageVersion(ref, sha) {
    const r = tags_parseRef(ref);
    if (r.version)
        return r.version.version;
    if (r.kind === 'tag' || r.kind === 'branch')
        return refTag(r.kind, r.name);
    if (r.kind === 'pull')
        return `pr-${r.name}`;
    return sha ? `sha-${sha.slice(0, 7)}` : '';
}
/** OCI annotation labels (org.opencontainers.image.*), then the user's labels; empty values are left out. */
function ociLabels(o) {
    const auto = [
        ['org.opencontainers.image.source', o.source],
        ['org.opencontainers.image.revision', o.revision],
        ['org.opencontainers.image.version', o.version],
        ['org.opencontainers.image.created', o.created.toISOString().replace(/\.\d{3}Z$/, 'Z')],
        ['org.opencontainers.image.title', o.title],
        ['org.opencontainers.image.description', o.description],
        ['org.opencontainers.image.licenses', o.licenses],
    ];
    const labels = new Map();
    for (const [k, v] of auto)
        if (v)
            labels.set(k, v);
    for (const line of o.extra) {
        const eq = line.indexOf('=');
        labels.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return [...labels];
}
/**
 * The registry an image name lives on, as `docker login` wants it: the first path component when it
 * looks like a host (has a "." or ":", or is "localhost"), else Docker Hub ("docker.io").
 */
function registryHost(image) {
    const slash = image.indexOf('/');
    if (slash < 0)
        return 'docker.io';
    const first = image.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return first === 'index.docker.io' ? 'docker.io' : first;
    return 'docker.io';
}
/** The time an image says it was created: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
function createdAt(env, now = () => new Date()) {
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch))
        return new Date(Number(epoch) * 1000);
    return now();
}

;// CONCATENATED MODULE: ./src/release/docker-args.ts
// Pure builders for docker: the generated Dockerfile, build/login/push/logout argv, push policy,
// reading the pushed digest, and telling network errors (retry) from credential errors (stop).

/** A Dockerfile double-quoted string: backslash and quote escaped, "$" kept literal, newlines flattened. */
function dockerfileQuote(value) {
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\r?\n/g, ' ')}"`;
}
/**
 * The Dockerfile written when the repository has none: the static binary (and the CA bundle, for
 * TLS clients) on an empty image. Everything sits in one rootfs/ folder so that one COPY layer
 * holds it, and the labels are one LABEL instruction: the fewer steps, the faster the classic builder.
 */
function generatedDockerfile(o) {
    const lines = [
        '# Generated by rust-pipeline: the static binary on an empty (scratch) image.',
        'FROM scratch',
        'COPY rootfs/ /',
        'USER 65534:65534',
        ...(o.expose !== undefined ? [`EXPOSE ${o.expose}`] : []),
        `ENTRYPOINT ["/${o.binary}"]`,
    ];
    if (o.labels.length)
        lines.push(`LABEL ${o.labels.map(([k, v]) => `${dockerfileQuote(k)}=${dockerfileQuote(v)}`).join(' \\\n      ')}`);
    return `${lines.join('\n')}\n`;
}
function dockerBuildArgs(o) {
    const args = o.buildx ? ['buildx', 'build'] : ['build'];
    args.push('--file', o.dockerfile);
    for (const ref of o.refs)
        args.push('--tag', ref);
    for (const [k, v] of o.labels)
        args.push('--label', `${k}=${v}`);
    for (const a of o.buildArgs)
        args.push('--build-arg', a);
    if (o.buildx) {
        if (o.platforms.length)
            args.push('--platform', o.platforms.join(','));
        // Multi-platform results cannot be loaded into the local image store: push them directly.
        if (o.push)
            args.push('--push');
        else if (o.platforms.length <= 1)
            args.push('--load');
        args.push('--metadata-file', o.idFile);
    }
    else {
        if (o.platforms.length === 1)
            args.push('--platform', o.platforms[0]);
        args.push('--iidfile', o.idFile);
    }
    if (o.noCache)
        args.push('--no-cache');
    args.push(o.context);
    return args;
}
/**
 * The argv as it may be logged: build argument values hidden (`--build-arg KEY=***`, also in the
 * `--build-arg=KEY=VALUE` form); they often carry tokens.
 */
function maskBuildArgs(args) {
    const hide = (kv) => (kv.includes('=') ? `${kv.slice(0, kv.indexOf('='))}=***` : kv);
    return args.map((a, i) => {
        if (args[i - 1] === '--build-arg')
            return hide(a);
        if (a.startsWith('--build-arg='))
            return `--build-arg=${hide(a.slice('--build-arg='.length))}`;
        return a;
    });
}
/** Environment for the build: the classic builder must not be switched to BuildKit (which needs buildx). */
function dockerBuildEnv(buildx) {
    return buildx ? {} : { DOCKER_BUILDKIT: '0' };
}
/** The password never goes in argv: it is written to docker's stdin. */
function dockerLoginArgs(registry, username) {
    return ['login', '--username', username, '--password-stdin', registry];
}
function dockerLogoutArgs(registry) {
    return ['logout', registry];
}
function dockerPushArgs(ref) {
    return ['push', ref];
}
function dockerImageSizeArgs(ref) {
    return ['image', 'inspect', '--format', '{{.Size}}', ref];
}
function repoDigestArgs(ref) {
    return ['image', 'inspect', '--format', '{{join .RepoDigests "\\n"}}', ref];
}
/** Whether to push, and why (for the summary and the log). */
function shouldPush(policy, event) {
    if (policy === 'true')
        return { push: true, reason: 'push: true' };
    if (policy === 'false')
        return { push: false, reason: 'push: false' };
    if (event.name === 'pull_request' || event.name === 'pull_request_target') {
        return { push: false, reason: `${event.name} event: images from pull requests are never pushed with push: auto` };
    }
    const versionTag = parseRef(event.ref).version !== undefined;
    if (event.name === 'push' && versionTag) {
        return { push: true, reason: `push event on ${event.ref}, a version tag` };
    }
    // A published release and a manual run on a version tag release that tag, as a tag push does.
    if (event.name === 'release' && versionTag) {
        if (event.action === 'published')
            return { push: true, reason: `release published on ${event.ref}, a version tag` };
        return {
            push: false,
            reason: `release event (${event.action ?? 'no action'}) on ${event.ref}: push: auto pushes releases only when published`,
        };
    }
    if (event.name === 'workflow_dispatch' && versionTag) {
        return { push: true, reason: `workflow_dispatch run on ${event.ref}, a version tag` };
    }
    return {
        push: false,
        reason: `${event.name || 'unknown'} event${event.ref ? ` on ${event.ref}` : ''}: push: auto pushes only version tags (v1.2.3), on push events, published releases and workflow_dispatch runs`,
    };
}
/** The digest in `docker push` output: "1.2.3: digest: sha256:… size: 527". */
function parsePushDigest(output) {
    return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}
/** The digest for one repository in `docker image inspect` RepoDigests lines ("repo@sha256:…"). */
function digestForRepo(repoDigests, name) {
    for (const line of repoDigests.split('\n')) {
        const at = line.trim().lastIndexOf('@');
        if (at > 0 && line.trim().slice(0, at) === name)
            return line.trim().slice(at + 1);
    }
    return undefined;
}
/** buildx --metadata-file: { "containerimage.digest": "sha256:…" } */
function parseBuildxMetadata(json) {
    try {
        const doc = JSON.parse(json);
        const d = doc['containerimage.digest'];
        return typeof d === 'string' ? d : undefined;
    }
    catch {
        return undefined;
    }
}
const AUTH = (/* unused pure expression or super */ null && ([
    /unauthorized/i,
    /status:? 401/i,
    /\b401 Unauthorized/i,
    /authentication required/i,
    /incorrect username or password/i,
    /no basic auth credentials/i,
    /denied: /i,
    /access (is )?denied/i,
    /insufficient_scope/i,
    /status:? 403/i,
]));
const NETWORK = (/* unused pure expression or super */ null && ([
    /connection refused/i,
    /connection reset/i,
    /no such host/i,
    /i\/o timeout/i,
    /TLS handshake timeout/i,
    /network is unreachable/i,
    /no route to host/i,
    /server misbehaving/i,
    /temporary failure in name resolution/i,
    /context deadline exceeded/i,
    /Client\.Timeout exceeded/i,
    /unexpected EOF/i,
    /broken pipe/i,
    /received unexpected HTTP status: 5\d\d/i,
    /status:? 5\d\d/i,
    /\b50[234] (Bad Gateway|Service Unavailable|Gateway Timeout)/i,
    /toomanyrequests|429 Too Many Requests/i,
]));
/** Credentials errors are never retried (retrying cannot help and may lock the account); network errors are. */
function classifyDockerError(output) {
    if (AUTH.some((r) => r.test(output)))
        return 'auth';
    if (NETWORK.some((r) => r.test(output)))
        return 'network';
    return 'other';
}
/** The last meaningful lines of docker's output, for an error message. */
function dockerErrorLines(output, n = 3) {
    return output
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/^(WARNING!|Configure a credential helper|https:\/\/docs\.docker\.com)/.test(l))
        .slice(-n)
        .join('\n');
}
/** Backoff before retry `attempt` (1-based): base, 2×base, 4×base …, capped. */
function backoffMs(attempt, baseMs = 1000, capMs = 30_000) {
    return Math.min(capMs, baseMs * 2 ** (attempt - 1));
}
/**
 * Runs `attempt` until it succeeds, fails with a non-network error, is stopped (cancelled or timed
 * out: whatever its output says, it is not retried), or `retries` retries are used up; waits
 * backoffMs between tries.
 */
async function withRetries(retries, attempt, opts = {}) {
    const sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let n = 1;; n++) {
        const r = await attempt();
        if (r.ok)
            return { ok: true, value: r.value, attempts: n };
        const kind = classifyDockerError(r.output);
        if (kind !== 'network' || r.stopped || n > retries)
            return { ok: false, value: r.value, attempts: n, kind };
        const wait = backoffMs(n, opts.baseMs);
        opts.onRetry?.(n, wait, r.output);
        await sleep(wait);
    }
}

;// CONCATENATED MODULE: ./src/release/docker-config.ts
// The temporary docker configuration a push logs in with, and its removal (after the push in main,
// and again in post in case main was stopped in between). The user's own ~/.docker is never used
// for our credentials.



const PREFIX = 'rust-pipeline-docker-config-';
/** A fresh, private DOCKER_CONFIG directory (mode 0700) under `parent`. */
function makeDockerConfig(parent) {
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(join(parent, PREFIX));
    writeFileSync(join(dir, 'config.json'), '{}\n', { mode: 0o600 });
    return dir;
}
function isOurDockerConfig(dir) {
    return (0,external_node_path_.basename)(dir).startsWith(PREFIX);
}
/**
 * Logs out of each registry in the temporary config and deletes it. Returns problems as text
 * (callers turn them into warnings); never throws for a failing docker.
 */
async function dockerLogoutAll(exec, dir, registries, env) {
    const loggedOut = [];
    const problems = [];
    if (!dir || !isOurDockerConfig(dir))
        return { loggedOut, problems: dir ? [`refusing to remove ${dir}: not a rust-pipeline docker config`] : [] };
    if (!(0,external_node_fs_.existsSync)(dir))
        return { loggedOut, problems };
    for (const registry of registries) {
        const res = await exec('docker', dockerLogoutArgs(registry), {
            env: { ...env, DOCKER_CONFIG: dir },
            echo: 'none',
            timeoutMs: 60_000,
        });
        if (res.code === 0)
            loggedOut.push(registry);
        else
            problems.push(`docker logout ${registry} failed: ${(res.spawnError ?? res.stderr).trim()}`);
    }
    // Whatever logout said, the credentials file goes with the directory.
    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    return { loggedOut, problems };
}

;// CONCATENATED MODULE: ./src/release/docker-logout-task.ts
// Post-step task: log out of the registries main logged in to and delete the temporary docker
// config, in case main did not get to it (failed, cancelled or killed mid-push).








/**
 * The state is a file the job's code could have written to: post removes only a docker config main
 * could have made (under RUNNER_TEMP/rust-pipeline) and passes docker only registry hosts.
 */
function trustedLogout(dir, registries, env) {
    const problems = [];
    const home = (0,external_node_path_.resolve)((0,paths/* actionTempDir */.O4)(env));
    const rel = (0,external_node_path_.relative)(home, (0,external_node_path_.resolve)(dir));
    const okDir = rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel);
    if (!okDir)
        problems.push(`not removing ${dir}: it is not where this action keeps its docker credentials (${(0,external_node_path_.join)(home, '…')})`);
    const list = Array.isArray(registries) ? registries.filter((r) => typeof r === 'string') : [];
    const hosts = list.filter((r) => (0,registry_host/* isRegistryHost */.E)(r));
    if (hosts.length < list.length)
        problems.push(`ignoring saved registries that are not registry hosts: ${JSON.stringify(list.filter((r) => !hosts.includes(r)))}`);
    return { ...(okDir ? { dir } : {}), registries: hosts, problems };
}
const dockerLogoutTask = {
    name: 'docker logout',
    async run() {
        const dir = state/* dockerConfigState */.c9.load();
        if (!dir)
            return;
        let saved = [];
        try {
            saved = state/* dockerRegistriesState */.zy.load() ?? [];
        }
        catch {
            actions/* actionsLogger */.MV.warning('docker logout: the saved registry list is unreadable; removing the credentials directory only.');
        }
        const trusted = trustedLogout(dir, saved, process.env);
        for (const p of trusted.problems)
            actions/* actionsLogger */.MV.warning(`docker logout: ${p}`);
        if (!trusted.dir)
            return;
        const { loggedOut, problems } = await dockerLogoutAll(exec/* exec */.m0, trusted.dir, trusted.registries, (0,child_env/* childEnv */.gf)(process.env));
        for (const p of problems)
            actions/* actionsLogger */.MV.warning(`docker logout: ${p}`);
        actions/* actionsLogger */.MV.info(`Removed the temporary docker credentials${loggedOut.length ? ` (logged out of ${loggedOut.join(', ')})` : ''}.`);
    },
};

;// CONCATENATED MODULE: ./src/post.ts
// The action's post step: save the cache, log out of registries. Problems become warnings, never failures.






/** Post-step tasks; each one's errors are turned into warnings. */
// Credentials are removed first: a slow or failing cache save must not leave them behind. The
// cache modules are loaded only when the save runs.
const postTasks = [
    dockerLogoutTask,
    { name: 'cache save', run: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(239)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9239))).cacheSaveTask.run(await postInputs()) },
];
/** Post re-reads the inputs main ran with from its own environment: with the cache off nothing is saved. */
async function postInputs() {
    const { parseInputs } = await __nccwpck_require__.e(/* import() */ 585).then(__nccwpck_require__.bind(__nccwpck_require__, 4585));
    return parseInputs((n) => (0,actions/* getInput */.V4)(n), (0,paths/* workspaceDir */.zf)(), process.env);
}
async function post() {
    // What docker or the cache worker print cannot issue workflow commands (log-sink.ts).
    (0,log_sink/* guardWorkflowCommands */.Jw)();
    // On SIGTERM (a cancelled job) the cache worker and its tar are stopped and their temp files
    // removed; the process exits within the cancellation deadline.
    installCancellation((signal) => actions/* actionsLogger */.MV.warning(`Received ${signal}: stopping the cache save; nothing more is saved.`));
    if (state/* mainRanState */.Mm.load() !== true) {
        actions/* actionsLogger */.MV.info('The main step did not run; nothing to clean up.');
        return;
    }
    for (const task of postTasks) {
        try {
            await task.run();
        }
        catch (e) {
            actions/* actionsLogger */.MV.warning(`${task.name}: ${e.message}`);
        }
    }
}
post()
    .catch((e) => actions/* actionsLogger */.MV.warning(`rust-pipeline post step: ${e.message}`))
    .finally(log_sink/* closeGuard */._s);

var __webpack_exports__postTasks = __webpack_exports__.h;
export { __webpack_exports__postTasks as postTasks };
