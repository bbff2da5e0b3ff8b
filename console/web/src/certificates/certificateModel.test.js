import { describe, expect, it } from 'vitest'
import { certificateQuery, daysLeftText, percent, requirementOf, statusClass, technicianLabel } from './certificateModel.js'

describe('certificates in the console', () => {
  it('marks expired red and the renewal window amber', () => {
    expect(statusClass('EXPIRED')).toBe('badge sla danger')
    expect(statusClass('IN_RENEWAL_WINDOW')).toBe('badge warn')
    expect(statusClass('VALID')).toBe('badge sla ok')
  })

  it('says the days left, the last day and how long ago it expired', () => {
    expect(daysLeftText(20)).toEqual({ key: 'certificates.daysLeft', params: { days: 20 } })
    expect(daysLeftText(0)).toEqual({ key: 'certificates.lastDay', params: {} })
    expect(daysLeftText(-3)).toEqual({ key: 'certificates.expiredAgo', params: { days: 3 } })
  })

  it('shows a share as a percentage, a dash when nobody is in the role', () => {
    expect(percent(0.6667)).toBe('67%')
    expect(percent(1)).toBe('100%')
    expect(percent(null)).toBe('—')
  })

  it('sends only the filters set, and the expiry window only as whole days', () => {
    expect(certificateQuery({ programme: 'EV_HV', status: '', dealer: ' aurora-e01 ', expiringWithinDays: '90' }))
      .toEqual({ programme: 'EV_HV', dealer: 'aurora-e01', expiringWithinDays: '90' })
    expect(certificateQuery({ expiringWithinDays: 'soon' })).toEqual({})
  })

  it('labels a technician with the certificates valid today, and an operation with its requirement', () => {
    expect(technicianLabel({ name: '王建国', staffNumber: 'aurora-T0001', validCertificates: [{ programme: 'EV_HV', level: 1 }] }))
      .toBe('王建国 (aurora-T0001) · EV_HV L1')
    expect(technicianLabel({ name: '李明', staffNumber: 'aurora-T0002', validCertificates: [] })).toBe('李明 (aurora-T0002)')
    expect(requirementOf({ code: 'HV-601', requiredProgramme: 'EV_HV', requiredLevel: 1 })).toBe('EV_HV L1')
    expect(requirementOf({ code: 'EN-101', requiredProgramme: null })).toBeNull()
  })
})
